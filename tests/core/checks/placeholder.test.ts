import { describe, expect, it } from 'vitest';
import { findPlaceholder, isPlaceholderValue } from '../../../src/core/checks/support/placeholder';

describe('what counts as an unfilled blank', () => {
  it.each([
    ['Đơn vị chủ trì: …', '…'],
    ['Cơ quan phối hợp: ....', '....'],
    ['Giao [...] chủ trì thực hiện', '[...]'],
    ['Giao […] chủ trì thực hiện', '[…]'],
    ['Giao [tên đơn vị] chủ trì', '[tên đơn vị]'],
    ['Hoàn thành trước ngày …/…/2026', '…/…/2026'],
    ['Hoàn thành trước 15/…/2026', '15/…/2026'],
    ['Thực hiện Kế hoạch số 163/KH-UBND ngày … tháng … năm 2026', 'ngày …'],
    ['- Sở …;', '…'],
    ['Người ký: ___', '___'],
    ['Số: …/KH-UBND', '…'],
    ['Ngày … tháng … năm 2026', 'Ngày …'],
    ['Giao Phòng …, Phòng … phối hợp thực hiện.', '…'],
    ['- Lưu: VT, ….', '…'],
    ['Các đơn vị gửi báo cáo về …', '…'],
  ])('finds the blank in "%s"', (text, blank) => {
    expect(findPlaceholder(text)).toBe(blank);
  });

  it.each([
    'Các sở, ban, ngành… chủ động triển khai.',
    'Thực hiện Kế hoạch số 163/KH-UBND ngày 12/5/2026 của Chủ tịch UBND tỉnh.',
    'Thực hiện các nội dung: tuyên truyền, tập huấn, v.v.',
    'Trên đây là Kế hoạch thực hiện Chương trình./.',
    'Tỷ lệ đạt 50% vào năm 2030.',
    '[1] Xã Phú Mỡ, Phường Sông Cầu',
    'Gửi các sở, ban, ngành ….',
    'Tuyên truyền qua loa, đài, …',
    'Phối hợp với các cơ quan (Sở Tư pháp, Sở Nội vụ …) trong quá trình thực hiện.',
    'Lồng ghép trong hội nghị, cuộc họp, sinh hoạt chi bộ, ...; tuyên truyền trên Cổng thông tin.',
  ])('leaves prose alone, and an ellipsis that closes an enumeration ("v.v."): "%s"', (text) => {
    expect(findPlaceholder(text)).toBeNull();
  });

  it('takes a field value of only dots, ellipses or brackets as blank, and a real unit as filled', () => {
    for (const v of ['…', '...', '[…]', '....;', '', '  ', '(…)', '[tên đơn vị]']) expect(isPlaceholderValue(v), v).toBe(true);
    for (const v of ['Phòng Văn hóa - Xã hội', 'Thường xuyên.', 'Sở Nội vụ;']) expect(isPlaceholderValue(v), v).toBe(false);
  });
});
