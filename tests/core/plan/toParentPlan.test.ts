import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parentFromDocument, planToParent, slugify } from '../../../src/core/plan/toParentPlan';
import { readPlan } from '../../../src/core/plan/readPlan';
import { readPlainText } from '../../../src/core/text/readPlainText';
import { parseParentPlan, writeParentPlan } from '../../../src/core/catalog/parentPlanFile';
import { valuesWithoutProvenance } from '../../../src/core/catalog/provenance';
import { readDocx } from '../../../src/core/ooxml/readDocx';
import { docxWithBody, p } from '../../fixtures/docx/handmadeDocx';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'templates');
const read = (name: string) => readPlan(readPlainText(readFileSync(join(FIXTURES, name)), name));

describe('a parent plan from a document', () => {
  const plan = read('kh-tinh-thu.txt');
  const parent = planToParent(plan, 'kh-88-ubnd-thu');

  it('takes number, kind, date, issuer, title and period from the document', () => {
    expect(parent).toMatchObject({ id: 'kh-88-ubnd-thu', kind: 'KH', number: '88/KH-UBND', date: '2026-03-04', period: { from: 2026, to: 2030 } });
    expect(parent.issuer).toMatch(/ỦY BAN NHÂN DÂN TỈNH THỬ/i);
    expect(parent.title).toMatch(/^Thực hiện Chương trình thử nghiệm/);
  });

  it('keeps each task with its code inside the section, suggested lead and timing', () => {
    expect(parent.tasks.map((t) => t.code)).toEqual(['1', '2']);
    expect(parent.tasks[0]).toMatchObject({ suggestedLead: 'Sở Nội vụ', timing: 'Thường xuyên' });
  });

  it('keeps each target with an id a maintainer can type, and the reporting deadline', () => {
    expect(parent.targets).toHaveLength(1);
    expect(parent.targets[0]).toMatchObject({ value: 80, unit: '%', year: 2030 });
    expect(parent.targets[0].id).toMatch(/^[a-z0-9-]+$/);
    expect(parent.reporting).toMatchObject({ day: 5, month: 12, recurrence: 'yearly' });
  });

  it('leaves its own parent for the user to fill: the catalog id is not in the document', () => {
    expect(parent.parent).toBeNull();
    expect(parent.unresolved).toEqual(['parent']);
  });

  it('marks what a document does not say instead of guessing', () => {
    const bare = planToParent(read('kh-khong-so.txt'), 'bare');
    expect(bare.unresolved).toEqual(expect.arrayContaining(['number', 'date', 'issuer', 'reporting']));
    const yaml = writeParentPlan(bare);
    expect(yaml).toMatch(/# TODO: điền số, ký hiệu/);
    expect(yaml).toMatch(/# TODO: điền ngày ban hành/);
    expect(parseParentPlan(yaml, 'bare.yaml').unresolved).toEqual(bare.unresolved);
  });

  it('makes ids from Vietnamese words without tone marks', () => {
    expect(slugify('Lãnh đạo chủ chốt là nữ')).toBe('lanh-dao-chu-chot-la-nu');
  });

  it('reads a parent document the same way for the CLI and the pane, its id from the file name', () => {
    const snapshot = readPlainText(readFileSync(join(FIXTURES, 'kh-tinh-thu.txt')), 'kh-tinh-thu.txt');
    const parent = parentFromDocument(snapshot, '/tmp/Kế hoạch 88 tỉnh Thử.txt');
    expect(parent).toEqual(planToParent(readPlan(snapshot), 'ke-hoach-88-tinh-thu', snapshot));
  });

  it('says where each value was read, and why what is missing is missing', () => {
    const snapshot = readPlainText(readFileSync(join(FIXTURES, 'kh-tinh-thu.txt')), 'kh-tinh-thu.txt');
    const withPlaces = planToParent(readPlan(snapshot), 'kh-88', snapshot);
    expect(withPlaces.provenance?.document).toBe('kh-tinh-thu.txt');
    expect(withPlaces.provenance?.values.number).toEqual({ from: expect.stringMatching(/^đoạn \d+$/) });
    expect(withPlaces.provenance?.values['tasks[1]']).toEqual({ from: expect.stringMatching(/^đoạn \d+$/) });
    expect(withPlaces.provenance?.values.parent).toEqual({ unread: expect.stringMatching(/ghi mã của văn bản cấp trên/) });
    expect(valuesWithoutProvenance(withPlaces)).toEqual([]);
  });
});

const row = (cells: string[]) => `<w:tr>${cells.map((c) => `<w:tc>${c.split('\n').map((t) => p(t)).join('')}</w:tc>`).join('')}</w:tr>`;
const table = (rows: string[][]) => `<w:tbl>${rows.map(row).join('')}</w:tbl>`;
const HEADER = [p('ỦY BAN NHÂN DÂN'), p('TỈNH THỬ'), p('Số: /KH-UBND'), p('Thử, ngày   tháng 3 năm 2026'), p('KẾ HOẠCH'), p('Cải cách hành chính năm 2026')].join('');

describe('a real Word parent: body tasks, their schedule tables and an appendix', () => {
  it('makes each numbered row of a schedule table inside a task one of its sub-tasks, with its lead and time', () => {
    const body =
      HEADER +
      [p('I. MỤC ĐÍCH, YÊU CẦU'), p('Tuyên truyền về cải cách hành chính.'), p('II. NHIỆM VỤ'), p('1. Tổ chức chương trình “Đối thoại” đối với các xã:'), p('Báo tỉnh chủ trì, phối hợp với UBND các xã thực hiện.')].join('') +
      table([
        ['TT', 'Nội dung', 'Trách nhiệm\nthực hiện', 'Thời gian\n(Năm 2026)'],
        ['1', 'Giải đáp vướng mắc của xã An', 'Lãnh đạo UBND xã An', 'Ngày 24 tháng 4'],
        ['2', 'Giải đáp vướng mắc của xã Bình', 'Lãnh đạo UBND xã Bình', 'Ngày 22 tháng 5'],
      ]) +
      [p('2. Tổ chức Cuộc thi tìm hiểu về cải cách hành chính'), p('Sở Nội vụ chủ trì tổ chức Cuộc thi.'), p('III. TỔ CHỨC THỰC HIỆN'), p('Các xã báo cáo UBND tỉnh (qua Sở Nội vụ) trước ngày 05/12/2026.')].join('');
    const snapshot = readDocx(docxWithBody(body), 'kh-thu.docx');
    const parent = planToParent(readPlan(snapshot), 'kh-thu', snapshot);
    expect(parent.tasks.map((t) => t.code)).toEqual(['1', '1.1', '1.2', '2']);
    expect(parent.tasks[2]).toMatchObject({ title: 'Giải đáp vướng mắc của xã Bình', suggestedLead: 'Lãnh đạo UBND xã Bình', timing: 'Ngày 22 tháng 5' });
    expect(parent.provenance?.values['tasks[1.2]']).toEqual({ from: expect.stringMatching(/^đoạn \d+, bảng 1 dòng 3$/) });
    expect(parent.reporting).toMatchObject({ day: 5, month: 12, year: 2026, to: 'UBND tỉnh (qua Sở Nội vụ)' });
  });

  it('numbers appendix rows within their group ("II | Cải cách thủ tục") and keeps the group as a task', () => {
    const body =
      HEADER +
      [p('I. MỤC TIÊU'), p('Nâng cao chỉ số cải cách hành chính.'), p('II. NHIỆM VỤ'), p('(Phân công theo Phụ lục)'), p('PHỤ LỤC')].join('') +
      table([
        ['STT', 'Nhiệm vụ', 'Thời gian hoàn thành', 'Chủ trì thực hiện'],
        ['I', 'Cải cách thể chế', '', ''],
        ['1', 'Rà soát văn bản quy phạm pháp luật', 'Hằng năm', 'Sở Tư pháp'],
        ['II', 'Cải cách thủ tục hành chính', '', ''],
        ['1', 'Công bố thủ tục hành chính', 'Hằng năm', 'Các sở, ban, ngành'],
        ['2', 'Rà soát thủ tục nội bộ', 'Năm 2026', 'Văn phòng UBND tỉnh'],
        ['3', 'Khắc phục tồn tại sau kiểm tra', 'Báo cáo kết quả khắc phục chậm nhất trong tháng 8 hằng năm', 'Các sở, ban, ngành'],
      ]);
    const snapshot = readDocx(docxWithBody(body), 'kh-pl.docx');
    const parent = planToParent(readPlan(snapshot), 'kh-pl', snapshot);
    expect(parent.tasks.map((t) => `${t.code} ${t.title}`)).toEqual(['1 Cải cách thể chế', '1.1 Rà soát văn bản quy phạm pháp luật', '2 Cải cách thủ tục hành chính', '2.1 Công bố thủ tục hành chính', '2.2 Rà soát thủ tục nội bộ', '2.3 Khắc phục tồn tại sau kiểm tra']);
    expect(parent.tasks[4]).toMatchObject({ suggestedLead: 'Văn phòng UBND tỉnh', timing: 'Năm 2026' });
    expect(parent.unresolved).toEqual(['number', 'date', 'period', 'targets']);
    // A deadline set by month is due on the month's last day; the month is kept.
    expect(parent.reporting).toMatchObject({ day: 31, month: 8, recurrence: 'yearly', period: { unit: 'month', month: 8 } });
    expect(parent.provenance?.values['reporting.deadline']).toEqual({ from: expect.stringMatching(/bảng 1 dòng 7$/) });
    expect(parent.provenance?.values.date).toEqual({ unread: expect.stringMatching(/chưa ghi đủ ngày/) });
    expect(valuesWithoutProvenance(parent)).toEqual([]);
  });
});
