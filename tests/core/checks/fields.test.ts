import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../src/core/checks/engine';
import { fieldPlaceholder } from '../../../src/core/checks/rules/fields/fieldPlaceholder';
import { draftNumberDateBlank } from '../../../src/core/checks/rules/fields/draftNumberDateBlank';
import { ctxOf, headerAt, planOf, snapshotOf, task } from './builders';

const header = ['UỶ BAN NHÂN DÂN', 'XÃ ĐỒNG VIỆT', 'Số: /KH-UBND', 'Đồng Việt, ngày   tháng 5 năm 2026', 'KẾ HOẠCH', 'Thực hiện Chương trình bình đẳng giới'];
// The reader placed "Số:" on line 3 and the date on line 4.
const placed = headerAt(header, 3, 4);

describe('field-placeholder', () => {
  it('flags blanks left in the body: "…", "[…]", "…/…/2026"', () => {
    const snapshot = snapshotOf([...header, 'Giao […] chủ trì tổ chức hội nghị.', 'Hoàn thành trước ngày …/…/2026.', '- Sở …;']);
    const plan = planOf({ at: { number: 3, date: 4, title: 6 }, header: placed });
    const found = checkPlan(ctxOf(plan, snapshot), {}, [fieldPlaceholder]);
    expect(found.map((f) => f.location.paragraph)).toEqual([7, 8, 9]);
    expect(found[0].severity).toBe('error');
    expect(found[1].message).toBe('Còn chỗ trống chưa điền: "…/…/2026"');
  });

  it('does not flag the draft header’s blank number and day, left for the văn thư', () => {
    const lines = ['', '', 'Số: …/KH-UBND', 'Đồng Việt, ngày … tháng … năm 2026', 'KẾ HOẠCH', 'Về việc …'];
    const found = checkPlan(ctxOf(planOf({ at: { title: 6 }, header: headerAt(lines, 3, 4) }), snapshotOf(lines)), {}, [fieldPlaceholder]);
    expect(found.map((f) => f.location.paragraph)).toEqual([6]);
  });

  it('leaves alone a separator line of underscores under the trích yếu ("____________")', () => {
    const snapshot = snapshotOf([...header, '____________', '-----------', 'Hoàn thành trước ngày …/…/2026.']);
    const found = checkPlan(ctxOf(planOf({ at: { number: 3, date: 4, title: 6 }, header: placed }), snapshot), {}, [fieldPlaceholder]);
    expect(found.map((f) => f.location.paragraph)).toEqual([9]);
  });

  it('flags an empty content control we inserted (kh:*)', () => {
    const snapshot = snapshotOf([...header, 'Đơn vị chủ trì:', 'Thời gian thực hiện: Thường xuyên'], { 7: ['kh:lead'], 8: ['kh:timing'] });
    const found = checkPlan(ctxOf(planOf({ at: { number: 3, date: 4 }, header: placed }), snapshot), {}, [fieldPlaceholder]);
    expect(found).toHaveLength(1);
    expect(found[0].location.paragraph).toBe(7);
    expect(found[0].message).toBe('Ô nhập "kh:lead" còn trống');
  });

  it('leaves alone a form appendix after the signature (a report outline for others to fill)', () => {
    const snapshot = snapshotOf([...header, 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Phụ lục số 01:', 'ĐỀ CƯƠNG BÁO CÁO', 'kết quả thực hiện (tháng …/2026)', 'Tổng vốn: … tỷ đồng', 'Phụ lục số 02:', 'DANH MỤC NHIỆM VỤ', 'Đơn vị chủ trì: …']);
    const plan = planOf({ at: { number: 3, date: 4, signer: 7 }, header: placed, signer: { authority: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: null, paragraph: 7 } });
    expect(checkPlan(ctxOf(plan, snapshot), {}, [fieldPlaceholder]).map((f) => f.location.paragraph)).toEqual([15]);
  });

  it('leaves a task’s blank lead to task-lead-missing, so the blank is reported once', () => {
    const snapshot = snapshotOf([...header, '1. Tuyên truyền', 'Đơn vị chủ trì: …', 'Thời gian thực hiện: Thường xuyên']);
    const plan = planOf({ at: { number: 3, date: 4 }, header: placed, tasks: [task({ path: 'III.1', paragraph: 7, lead: '…', leadAt: 8, timing: 'Thường xuyên', timingAt: 9 })] });
    expect(checkPlan(ctxOf(plan, snapshot), {}, [fieldPlaceholder])).toEqual([]);
  });
});

describe('draft-number-date-blank', () => {
  it('notes, as info, a blank number and a blank day in the header', () => {
    const found = checkPlan(ctxOf(planOf({ at: { number: 3, date: 4, title: 6 }, header: placed }), snapshotOf(header)), {}, [draftNumberDateBlank]);
    expect(found.map((f) => [f.location.paragraph, f.severity])).toEqual([[3, 'info'], [4, 'info']]);
    expect(found[1].message).toContain('Ngày ban hành còn để trống');
  });

  it('says nothing about an issued plan’s number and date', () => {
    const issued = ['UBND TỈNH', '', 'Số: 7360/KH-UBND', 'Lai Châu, ngày 19 tháng 11 năm 2025', 'KẾ HOẠCH', 'Triển khai'];
    expect(checkPlan(ctxOf(planOf({ at: { number: 3, date: 4, title: 6 }, header: headerAt(issued, 3, 4) }), snapshotOf(issued)), {}, [draftNumberDateBlank])).toEqual([]);
  });
});
