import { describe, expect, it } from 'vitest';
import type { ParentPlan } from '../../../src/core/plan/parentPlan';
import { fitToUnit, splitHeading, type FitInput } from '../../../src/core/templates/fitToUnit';
import { buildRecipients } from '../../../src/core/templates/recipients';
import { planReporting, splitThrough } from '../../../src/core/templates/reportingPlan';

/** A province's plan as the catalog holds it, with what its data says about communes. */
const province: ParentPlan = {
  id: 'kh-tinh',
  kind: 'KH',
  number: '10/KH-UBND',
  date: '2026-03-02',
  issuer: 'UBND tỉnh Mẫu',
  title: 'Thực hiện Chương trình X',
  period: { from: 2026, to: 2030 },
  targets: [
    { id: 'xa-co-nu', indicator: 'xã có lãnh đạo chủ chốt là nữ', value: 60, unit: '%', year: 2030, levels: { xa: { applies: false, reason: 'Tỷ lệ tính trên các xã của tỉnh' } } },
    { id: 'nu-quy-hoach', indicator: 'nữ trong quy hoạch của các sở, ban, ngành', value: 50, unit: '%', year: 2030 },
  ],
  tasks: [
    { code: '1', title: 'Tuyên truyền về bình đẳng giới tại các sở, ban, ngành.', timing: 'Thường xuyên' },
    { code: '2', title: 'Đào tạo, bồi dưỡng cán bộ nữ.', timing: 'Hằng năm' },
    { code: '2.a', title: 'Mở lớp bồi dưỡng.' },
    { code: '2.b', title: 'Vườn ươm cho sinh viên các cơ sở đào tạo.', levels: { xa: { applies: false, reason: 'Xã không có cơ sở đào tạo' } } },
    { code: '3', title: 'Hợp tác quốc tế.', levels: { xa: { applies: false, reason: 'Thẩm quyền của tỉnh' } } },
    { code: '4', title: 'Thống kê số liệu cán bộ nữ.', timing: 'Hằng năm' },
  ],
  reporting: { day: 10, month: 12, recurrence: 'yearly', to: 'UBND tỉnh (qua Sở Nội vụ)' },
  parent: null,
};

const commune = (over: Partial<FitInput> = {}): FitInput => ({
  parent: province,
  level: 'xa',
  wording: [{ from: 'các sở, ban, ngành', to: 'các cơ quan, đơn vị, thôn' }],
  tasks: { '1': { lead: 'vhxh' }, '2': { lead: 'vhxh' }, '4': { lead: 'vp' } },
  ownTasks: [],
  targets: {},
  period: { from: 2026, to: 2030 },
  ...over,
});

function fit(input: FitInput) {
  const errors: string[] = [];
  const result = fitToUnit(input, (path, vi) => errors.push(`${path.join('.')}: ${vi}`));
  return { ...result, errors };
}

describe('fitting a parent plan to a commune', () => {
  it('leaves out what the parent’s data says a commune does not do, each with its reason in the coverage', () => {
    const { tasks, targets, coverage, errors } = fit(commune());
    expect(errors).toEqual([]);
    expect(tasks.map((t) => t.parentCode)).toEqual(['1', '2', '4']);
    expect(tasks[1].points.map((p) => p.title)).toEqual(['Mở lớp bồi dưỡng.']);
    expect(targets.map((t) => t.id)).toEqual(['nu-quy-hoach']);
    expect(coverage).toContainEqual({ kind: 'task', code: '3', status: 'not-applicable', reason: 'Thẩm quyền của tỉnh' });
    expect(coverage).toContainEqual({ kind: 'task', code: '2.b', status: 'not-applicable', reason: 'Xã không có cơ sở đào tạo' });
    expect(coverage).toContainEqual({ kind: 'target', code: 'xa-co-nu', status: 'not-applicable', reason: 'Tỷ lệ tính trên các xã của tỉnh' });
  });

  it('says the parent’s words at the commune’s level, and marks the task reworded', () => {
    const { tasks, targets, coverage } = fit(commune());
    expect(tasks[0].title).toBe('Tuyên truyền về bình đẳng giới tại các cơ quan, đơn vị, thôn.');
    expect(targets[0].indicator).toBe('nữ trong quy hoạch của các cơ quan, đơn vị, thôn');
    expect(coverage.find((c) => c.code === '1')?.status).toBe('reworded');
    expect(coverage.find((c) => c.code === '4')).toEqual({ kind: 'task', code: '4', status: 'as-written', at: '3' });
  });

  it('numbers the tasks it keeps in order and takes the parent’s timing when the form gives none', () => {
    const { tasks } = fit(commune());
    expect(tasks.map((t) => [t.code, t.timing])).toEqual([['1', 'Thường xuyên'], ['2', 'Hằng năm'], ['3', 'Hằng năm']]);
  });

  it('forces nothing: a task the form marks not applicable is left out with the form’s reason', () => {
    const { tasks, leftOut, errors } = fit(commune({ tasks: { '1': { lead: 'vhxh' }, '2': { lead: 'vhxh' }, '4': { applies: false, reason: 'Tỉnh đã thống kê' } } }));
    expect(errors).toEqual([]);
    expect(tasks.map((t) => t.parentCode)).toEqual(['1', '2']);
    expect(leftOut).toContainEqual({ kind: 'task', code: '4', title: 'Thống kê số liệu cán bộ nữ.', reason: 'Tỉnh đã thống kê' });
  });

  it('drops nothing silently: a task with no decision, or left out without a reason, is an error', () => {
    expect(fit(commune({ tasks: { '1': { lead: 'vhxh' }, '2': { lead: 'vhxh' } } })).errors).toEqual([expect.stringMatching(/^tasks: chưa quyết định nhiệm vụ 4/)]);
    expect(fit(commune({ tasks: { '1': { lead: 'vhxh' }, '2': { lead: 'vhxh' }, '4': { applies: false } } })).errors).toEqual([expect.stringMatching(/^tasks\.4\.applies: .*ghi lý do/)]);
  });

  it('merges a task into another: its content becomes a sub-task of the one it joined', () => {
    const { tasks, coverage, errors } = fit(commune({ tasks: { '1': { lead: 'vhxh' }, '2': { lead: 'vhxh' }, '4': { mergedInto: '2' } } }));
    expect(errors).toEqual([]);
    expect(tasks.map((t) => t.parentCode)).toEqual(['1', '2']);
    expect(tasks[1].points.map((p) => `${p.marker} ${p.title}`)).toEqual(['a) Mở lớp bồi dưỡng.', 'b) Thống kê số liệu cán bộ nữ.']);
    expect(coverage).toContainEqual({ kind: 'task', code: '4', status: 'merged', into: '2', reason: 'thực hiện trong nhiệm vụ 2' });
    expect(fit(commune({ tasks: { '1': { lead: 'vhxh' }, '2': { mergedInto: '4' }, '4': { mergedInto: '1' } } })).errors).toEqual([expect.stringMatching(/^tasks\.2\.mergedInto: nhiệm vụ 4 mà nhiệm vụ 2 gộp vào phải được phân công/)]);
  });

  it('adds the unit’s own tasks after the parent’s, with sub-tasks a), b) that carry their own lead and timing', () => {
    const { tasks } = fit(
      commune({
        ownTasks: [{ title: 'Rà soát cán bộ nữ của xã', lead: 'vp', timing: 'Quý IV', points: ['Lập danh sách.', { title: 'Đề xuất quy hoạch.', lead: 'vhxh', cooperating: ['ban-dang'], timing: 'Tháng 11' }] }],
      }),
    );
    const own = tasks[tasks.length - 1];
    expect(own).toMatchObject({ code: '4', parentCode: null, lead: 'vp', timing: 'Quý IV' });
    expect(own.points).toEqual([
      { marker: 'a)', title: 'Lập danh sách.', lead: null, cooperating: null, timing: null },
      { marker: 'b)', title: 'Đề xuất quy hoạch.', lead: 'vhxh', cooperating: ['ban-dang'], timing: 'Tháng 11' },
    ]);
  });

  it('takes the unit’s own wording and sub-tasks for a parent task, as reworded', () => {
    const { tasks, coverage } = fit(commune({ tasks: { '1': { lead: 'vhxh', title: 'Tuyên truyền trên loa truyền thanh xã.' }, '2': { lead: 'vhxh', points: ['Cử cán bộ dự lớp của tỉnh.'] }, '4': { lead: 'vp' } } }));
    expect(tasks[0].title).toBe('Tuyên truyền trên loa truyền thanh xã.');
    expect(tasks[1].points.map((p) => p.title)).toEqual(['Cử cán bộ dự lớp của tỉnh.']);
    expect(coverage.filter((c) => c.status === 'reworded').map((c) => c.code)).toEqual(['1', '2']);
  });

  it('gives a target the unit’s own value, year and base, or none when the form says it does not apply', () => {
    const own = fit(commune({ targets: { 'nu-quy-hoach': { value: 55, year: 2029, base: 'năm 2025 đạt 40%' } } }));
    expect(own.targets).toEqual([{ id: 'nu-quy-hoach', indicator: 'nữ trong quy hoạch của các cơ quan, đơn vị, thôn', value: 55, unit: '%', year: 2029, parentValue: 50, base: 'năm 2025 đạt 40%' }]);
    expect(own.coverage).toContainEqual({ kind: 'target', code: 'nu-quy-hoach', status: 'own-value', value: 55, year: 2029 });
    const none = fit(commune({ targets: { 'nu-quy-hoach': { applies: false, reason: 'Xã chưa có quy hoạch riêng' } } }));
    expect(none.targets).toEqual([]);
    expect(none.errors).toEqual([]);
  });
});

describe('a task heading is one bold line', () => {
  it('keeps a short wording whole, takes the first sentence of a long one, and writes a long single sentence upright', () => {
    expect(splitHeading('Tuyên truyền về bình đẳng giới.')).toEqual({ heading: 'Tuyên truyền về bình đẳng giới', body: null });
    expect(splitHeading('Tăng cường công tác cán bộ nữ. Đề cao vai trò của người đứng đầu trong việc thực hiện chính sách, pháp luật về bình đẳng giới')).toEqual({
      heading: 'Tăng cường công tác cán bộ nữ',
      body: 'Đề cao vai trò của người đứng đầu trong việc thực hiện chính sách, pháp luật về bình đẳng giới.',
    });
    expect(splitHeading('x'.repeat(120)).heading).toBeNull();
    expect(splitHeading('x'.repeat(120), 'Tên ngắn')).toEqual({ heading: 'Tên ngắn', body: `${'x'.repeat(120)}.` });
  });
});

describe('the reporting chain', () => {
  const fail = (errors: string[]) => (path: (string | number)[], vi: string) => errors.push(`${path.join('.')}: ${vi}`);
  const names = { unit: 'UBND xã Mẫu', standing: 'Phòng Văn hóa - Xã hội xã' };

  it('reports before the parent by the level’s margin, the units under it before that, to the body and through whom the parent says', () => {
    const errors: string[] = [];
    const r = planReporting(province.reporting!, {}, { marginDays: 10, unitsMarginDays: 5 }, 'xa', names, fail(errors))!;
    expect(errors).toEqual([]);
    expect(r).toMatchObject({ deadline: '30/11', text: 'trước ngày 30/11 hằng năm', reportTo: 'UBND tỉnh (qua Sở Nội vụ)', to: 'UBND xã Mẫu (qua Phòng Văn hóa - Xã hội xã)', units: { text: 'trước ngày 25/11 hằng năm' } });
    expect(r.reason).toBe('10 ngày trước hạn 10/12 của kế hoạch cấp trên (mặc định của cấp xa)');
  });

  it('writes dates as NĐ 30 does (09/6, 05/02) and refuses a deadline of its own that is not before the parent’s', () => {
    const errors: string[] = [];
    const r = planReporting({ day: 19, month: 6, recurrence: 'yearly' }, {}, { marginDays: 10, unitsMarginDays: 5 }, 'xa', names, fail(errors))!;
    expect([r.deadline, r.units.deadline]).toEqual(['09/6', '04/6']);
    expect(planReporting({ day: 15, month: 2, recurrence: 'yearly' }, { deadline: '5/2' }, { marginDays: 10, unitsMarginDays: 5 }, 'xa', names, fail(errors))!.deadline).toBe('05/02');
    planReporting(province.reporting!, { deadline: '20/12' }, { marginDays: 10, unitsMarginDays: 5 }, 'xa', names, fail(errors));
    expect(errors).toEqual([expect.stringMatching(/^reporting\.deadline: hạn báo cáo 20\/12 không sớm hơn hạn 10\/12/)]);
  });

  it('reads "X (qua Y)" as the body and through whom', () => {
    expect(splitThrough('Chủ tịch UBND tỉnh (qua Sở Nội vụ)')).toEqual({ body: 'Chủ tịch UBND tỉnh', through: 'Sở Nội vụ' });
    expect(splitThrough('UBND tỉnh')).toEqual({ body: 'UBND tỉnh', through: null });
  });
});

describe('Nơi nhận built from the plan', () => {
  it('opens with the body reported to and through whom, then the form’s lines, the units assigned and the organisations asked, once each', () => {
    expect(
      buildRecipients({
        reportToBody: 'UBND tỉnh Mẫu',
        through: 'Sở Nội vụ',
        extra: ['TT Đảng ủy, TT HĐND xã', 'Sở Nội vụ'],
        units: [
          { name: 'Hội Liên hiệp Phụ nữ xã', requested: true },
          { name: 'Phòng Văn hóa - Xã hội xã', requested: false },
          { name: 'Các thôn', requested: false, recipient: 'Trưởng các thôn' },
        ],
      }),
    ).toEqual(['UBND tỉnh Mẫu (b/c);', 'Sở Nội vụ (b/c);', 'TT Đảng ủy, TT HĐND xã;', 'Phòng Văn hóa - Xã hội xã;', 'Trưởng các thôn;', 'Hội Liên hiệp Phụ nữ xã;']);
  });
});
