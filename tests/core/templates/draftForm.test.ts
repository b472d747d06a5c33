import { describe, expect, it } from 'vitest';
import { example, inputErrors, prepare } from './support';

const xa = example('xa-dong-viet');
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('the form a secretary fills', () => {
  it('reads both shipped examples, each naming its parent in the catalog', () => {
    expect(prepare(xa).parentLink).toMatchObject({ id: 'kh-163-ubnd-bac-ninh', number: '163/KH-UBND', date: '2026-05-12' });
    expect(prepare(example('vp-ubnd-lai-chau')).parentLink).toMatchObject({ id: 'kh-4595-ubnd-lai-chau', number: '4595/KH-UBND', date: '2026-06-09' });
  });

  it('pads a number below 10 and keeps the ký hiệu', () => {
    expect(prepare(xa.replace('number: null', 'number: 5')).ctx.number).toBe('Số: 05/KH-UBND');
  });

  it('takes a bare year as the date with day and month left blank, as typed (date: 2026)', () => {
    const ctx = prepare(xa.replace(/^date: 2026-05 /m, 'date: 2026 ')).ctx;
    expect(ctx.date).toBe('2026');
    expect(prepare(xa.replace('number: null', 'number: 07')).ctx.number).toBe('Số: 07/KH-UBND');
  });

  it('names file, line and column of a value of the wrong type', () => {
    const form = xa.replace('reporting:\n', 'reporting:\n  marginDays: mười ngày\n');
    expect(inputErrors(() => prepare(form, 'examples/xa.yaml'))).toEqual([`examples/xa.yaml:${lineOf(form, 'marginDays')}:15: "reporting.marginDays" phải là số, không phải "mười ngày"`]);
  });

  it('says the file itself must be a set of fields when it is a list', () => {
    expect(inputErrors(() => prepare('- a\n- b\n', 'f.yaml'))).toEqual(['f.yaml:1:1: nội dung tệp phải là nhóm trường (khoá: giá trị), không phải một danh sách']);
  });

  it('names a missing required field', () => {
    const form = xa.replace(/^archive: .*\n/m, '');
    expect(inputErrors(() => prepare(form, 'f.yaml'))).toEqual(['f.yaml:4:1: thiếu trường bắt buộc "archive"']);
  });

  it('refuses a unit that is not in the level\'s registry, at the place it is written', () => {
    const form = xa.replace('"5": { lead: van-phong', '"5": { lead: phong-lao-dong');
    const [error] = inputErrors(() => prepare(form, 'f.yaml'));
    expect(error).toMatch(new RegExp(`^f\\.yaml:${lineOf(form, 'phong-lao-dong')}:\\d+: không có đơn vị "phong-lao-dong" trong danh mục templates/units/xa\\.yaml`));
  });

  it('refuses the Front or a mass organisation as a lead unit', () => {
    const [error] = inputErrors(() => prepare(xa.replace('"3": { lead: van-hoa-xa-hoi', '"3": { lead: hoi-phu-nu'), 'f.yaml'));
    expect(error).toMatch(/"Hội Liên hiệp Phụ nữ xã" không giao chủ trì được \(tổ chức chỉ được đề nghị phối hợp\)/);
  });

  it('refuses an unknown parent id, at the "parent:" line', () => {
    expect(inputErrors(() => prepare(xa.replace('parent: kh-163-ubnd-bac-ninh', 'parent: kh-999-khong-co'), 'f.yaml'))[0]).toMatch(/^f\.yaml:4:9: không có kế hoạch "kh-999-khong-co" trong danh mục templates\/plans; có: .*kh-163-ubnd-bac-ninh/);
  });

  it("asks for a decision on every task of the parent its data does not settle, and refuses tasks and targets the parent does not have", () => {
    const errors = inputErrors(() => prepare(xa.replace(/^ {2}"5": .*\n/m, '  "9": { lead: van-phong, timing: Hằng năm }\n').replace('nu-quy-hoach: {', 'nu-quy-hoach-xa: {'), 'f.yaml'));
    expect(errors).toHaveLength(3);
    expect(errors.join('\n')).toMatch(/kế hoạch cấp trên không có chỉ tiêu "nu-quy-hoach-xa"/);
    expect(errors.join('\n')).toMatch(/kế hoạch cấp trên không có nhiệm vụ "9"/);
    expect(errors.join('\n')).toMatch(/chưa quyết định nhiệm vụ 5 của kế hoạch cấp trên .*applies: false, reason/);
  });

  it('refuses a plan dated before its parent and a period beyond it', () => {
    const errors = inputErrors(() => prepare(xa.replace('date: 2026-05 ', 'date: 2026-04 ').replace('period: { from: 2026, to: 2030 }', 'period: { from: 2026, to: 2031 }'), 'f.yaml'));
    expect(errors.join('\n')).toMatch(/ngày ban hành 2026-04 trước ngày của kế hoạch cấp trên \(2026-05-12\)/);
    expect(errors.join('\n')).toMatch(/giai đoạn 2026-2031 vượt ra ngoài giai đoạn 2026-2030/);
  });

  it('refuses "Giao" in the duties of a mass organisation', () => {
    const form = xa.replace('duties: Thực hiện công tác vận động', 'duties: Giao Hội thực hiện công tác vận động');
    expect(inputErrors(() => prepare(form, 'f.yaml'))[0]).toMatch(/là tổ chức được đề nghị: viết "Đề nghị …", không "Giao …"/);
  });

  it('takes an explicit reporting deadline over the margin, and refuses one not before the parent’s', () => {
    const ctx = prepare(xa.replace('reporting:\n', 'reporting:\n  deadline: 25/11\n')).ctx;
    expect(ctx.reporting.text).toBe('trước ngày 25/11 hằng năm');
    expect(ctx.reporting.units.text).toBe('trước ngày 20/11 hằng năm');
    expect(inputErrors(() => prepare(xa.replace('reporting:\n', 'reporting:\n  deadline: 15/12\n'), 'f.yaml'))[0]).toMatch(/hạn báo cáo 15\/12 không sớm hơn hạn 10\/12 của kế hoạch cấp trên/);
  });

  it("sets the unit's own value for an indicator's last year, keeping the parent's earlier milestones", () => {
    const form = xa
      .replace('parent: kh-163-ubnd-bac-ninh', 'parent: qd-2282-ttg')
      .replace(/^title: .*$/m, 'title: Thực hiện Chương trình giai đoạn 2021-2030')
      .replace('period: { from: 2026, to: 2030 }', 'period: { from: 2021, to: 2030 }')
      .replace('date: 2026-05 ', 'date: 2021-05 ')
      .replace('targets:\n', 'targets:\n  lanh-dao-chu-chot-nu: 80\n')
      .replace('tasks:\n', 'tasks:\n  "4": { applies: false, reason: Không thuộc thẩm quyền của xã }\n')
      .replace('reporting:\n', 'reporting:\n  deadline: 30/11\n');
    const ctx = prepare(form).ctx;
    expect(ctx.targets.filter((t) => t.id === 'lanh-dao-chu-chot-nu').map((t) => [t.year, t.value])).toEqual([[2025, 60], [2030, 80]]);
  });
});
