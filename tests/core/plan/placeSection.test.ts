import { describe, expect, it } from 'vitest';
import { placeSections } from '../../../src/core/plan/placeSection';
import { readPlan } from '../../../src/core/plan/readPlan';
import { readPlainText } from '../../../src/core/text/readPlainText';

const PLAN = [
  'ỦY BAN NHÂN DÂN', // 1
  'XÃ TÂN AN',
  'Số: 12/KH-UBND',
  'Tân An, ngày 15 tháng 4 năm 2026',
  'KẾ HOẠCH', // 5
  'Phòng, chống thiên tai năm 2026',
  'I. MỤC ĐÍCH, YÊU CẦU', // 7
  'Chủ động phòng ngừa, ứng phó kịp thời.',
  'II. MỤC TIÊU', // 9
  '- 100% thôn có phương án ứng phó thiên tai.',
  'IV. TỔ CHỨC THỰC HIỆN', // 11
  'Các đơn vị báo cáo kết quả về UBND xã trước ngày 15/11/2026.',
  'Nơi nhận:', // 13
  '- Lưu: VT.',
  'TM. ỦY BAN NHÂN DÂN',
  'CHỦ TỊCH',
  'Trần Văn Bình', // 17
];

const plan = () => readPlan(readPlainText(new TextEncoder().encode(PLAN.join('\n')), 'ke-hoach.txt'));

describe('where inserted sections belong', () => {
  it('puts a missing section III after section II and before section IV', () => {
    const place = placeSections(plan(), ['III'], 8, PLAN.length);
    expect(place.after).toBe(10);
    expect(place.cursorFits).toBe(false);
    expect(place.duplicates).toEqual([]);
  });

  it('accepts the cursor at the end of section II', () => {
    expect(placeSections(plan(), ['III'], 10, PLAN.length).cursorFits).toBe(true);
  });

  it('refuses the cursor inside section IV or after the signature for section III', () => {
    expect(placeSections(plan(), ['III'], 12, PLAN.length).cursorFits).toBe(false);
    expect(placeSections(plan(), ['III'], null, PLAN.length).cursorFits).toBe(false);
  });

  it('puts a section numbered after every other one before "Nơi nhận"', () => {
    const place = placeSections(plan(), ['V', 'VI'], null, PLAN.length);
    expect(place.after).toBe(12);
    expect(place.cursorFits).toBe(false);
    expect(placeSections(plan(), ['V'], 12, PLAN.length).cursorFits).toBe(true);
  });

  it('says which sections the document already has under the same numeral', () => {
    const place = placeSections(plan(), ['II'], 8, PLAN.length);
    expect(place.duplicates.map((s) => s.numeral)).toEqual(['II']);
    expect(place.cursorFits).toBe(false);
  });

  it('has nothing to say for a document without numbered sections or blocks without a section', () => {
    const blank = readPlan(readPlainText(new TextEncoder().encode('KẾ HOẠCH'), 'moi.txt'));
    expect(placeSections(blank, ['III'], null, 1)).toMatchObject({ after: null, cursorFits: true });
    expect(placeSections(plan(), [], 3, PLAN.length)).toMatchObject({ after: null, cursorFits: true });
  });
});
