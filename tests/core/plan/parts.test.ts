import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../src/core/checks/engine';
import { readPlan } from '../../../src/core/plan/readPlan';
import { paragraphsFromText } from '../../../src/core/text/readPlainText';

/** A plan printed in two parts, each numbering its sections from I, as offices write a year's review and next year's plan. */
const TWO_PARTS = [
  'ỦY BAN NHÂN DÂN', 'XÃ AN PHÚ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
  'Số: 12/KH-UBND', 'An Phú, ngày 10 tháng 01 năm 2026', 'KẾ HOẠCH', 'Cải cách hành chính năm 2026',
  'Căn cứ Kế hoạch số 15/KH-UBND ngày 20/01/2026 của UBND tỉnh;',
  'Phần thứ nhất', 'KẾT QUẢ THỰC HIỆN NĂM 2025',
  'I. KẾT QUẢ ĐẠT ĐƯỢC', 'Hoàn thành các chỉ tiêu.', 'II. TỒN TẠI, HẠN CHẾ', 'Một số nhiệm vụ còn chậm.',
  'PHẦN THỨ HAI: KẾ HOẠCH NĂM 2026',
  'I. MỤC ĐÍCH, YÊU CẦU', 'Bảo đảm hiệu quả.',
  'II. NHIỆM VỤ, GIẢI PHÁP', '1. Rà soát thủ tục hành chính', 'Đơn vị chủ trì: Văn phòng HĐND và UBND xã.', 'Thời gian thực hiện: Quý II/2026.',
  'III. TỔ CHỨC THỰC HIỆN', 'Các cơ quan, đơn vị báo cáo kết quả về UBND xã trước ngày 15/11/2026.',
  'Nơi nhận:', '- UBND tỉnh;', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Hoàng Văn Nam',
].join('\n');

describe('a plan printed in parts ("Phần thứ nhất", "Phần thứ hai")', () => {
  it('reads the sections of each part, numbered from I in each, with their part', () => {
    const plan = readPlan(paragraphsFromText(TWO_PARTS, 'ke-hoach.txt'));
    expect(plan.sections.map((s) => [s.part, s.numeral, s.title])).toEqual([
      [1, 'I', 'KẾT QUẢ ĐẠT ĐƯỢC'],
      [1, 'II', 'TỒN TẠI, HẠN CHẾ'],
      [2, 'I', 'MỤC ĐÍCH, YÊU CẦU'],
      [2, 'II', 'NHIỆM VỤ, GIẢI PHÁP'],
      [2, 'III', 'TỔ CHỨC THỰC HIỆN'],
    ]);
  });

  it('gives no section-numbering finding when the second part starts again at I', () => {
    const snapshot = paragraphsFromText(TWO_PARTS, 'ke-hoach.txt');
    expect(checkPlan({ snapshot, plan: readPlan(snapshot), parent: null }).filter((f) => f.rule === 'section-numbering')).toEqual([]);
  });

  it('still flags a section skipped inside a part', () => {
    const text = TWO_PARTS.replace('III. TỔ CHỨC THỰC HIỆN', 'IV. TỔ CHỨC THỰC HIỆN');
    const snapshot = paragraphsFromText(text, 'ke-hoach.txt');
    const found = checkPlan({ snapshot, plan: readPlan(snapshot), parent: null }).filter((f) => f.rule === 'section-numbering');
    expect(found.map((f) => f.location.paragraph)).toEqual([text.split('\n').indexOf('IV. TỔ CHỨC THỰC HIỆN') + 1]);
  });

  it('flags sections that start again at I without a part break', () => {
    const text = TWO_PARTS.replace('PHẦN THỨ HAI: KẾ HOẠCH NĂM 2026', 'KẾ HOẠCH NĂM 2026');
    const snapshot = paragraphsFromText(text, 'ke-hoach.txt');
    expect(checkPlan({ snapshot, plan: readPlan(snapshot), parent: null }).filter((f) => f.rule === 'section-numbering').length).toBeGreaterThan(0);
  });
});
