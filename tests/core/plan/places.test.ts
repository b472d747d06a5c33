/**
 * The places the reader hands to the rules (src/core/plan/README.md): the header's boxes, the
 * closing's parts and the reporting clauses, each with its paragraph and its line as printed.
 */
import { describe, expect, it } from 'vitest';
import { readText } from './support';

const plan = readText(
  [
    'UBND TỈNH LÀO CAI', 'SỞ CÔNG THƯƠNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
    'Số:    /KH-SCT', 'Lào Cai, ngày    tháng 3 năm 2026',
    'KẾ HOẠCH', 'Thực hiện Đề án số 08 về phát triển công nghiệp', 'giai đoạn 2026-2030',
    'Căn cứ Quyết định số 525/QĐ-UBND ngày 25/02/2026 của UBND tỉnh;',
    'I. MỤC ĐÍCH, YÊU CẦU', 'Bảo đảm hiệu quả.',
    'II. TỔ CHỨC THỰC HIỆN', 'Các phòng báo cáo kết quả thực hiện về Sở (qua Văn phòng Sở).',
    'Nơi nhận:', '- UBND tỉnh (b/c);', '- Các phòng thuộc Sở;', '- Lưu: VT, CN.',
    'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Trịnh Văn Thành',
  ].join('\n'),
);

describe('the places the reader gives the rules', () => {
  it('the header: parent body, issuer, "Số:", the date line, the tên loại and the trích yếu over its lines', () => {
    expect(plan.header).toEqual({
      parentBody: { paragraph: 1, text: 'UBND TỈNH LÀO CAI' },
      issuer: { paragraph: 2, text: 'SỞ CÔNG THƯƠNG' },
      number: { paragraph: 5, text: 'Số: /KH-SCT' },
      dateLine: { paragraph: 6, text: 'Lào Cai, ngày tháng 3 năm 2026' },
      kindLine: { paragraph: 7, text: 'KẾ HOẠCH' },
      title: { paragraph: 8, lastParagraph: 9, text: 'Thực hiện Đề án số 08 về phát triển công nghiệp giai đoạn 2026-2030' },
    });
  });

  it('the closing: Nơi nhận, each recipient where it stands, the Lưu line and the signature', () => {
    expect(plan.closing).toEqual({
      recipientsHeading: { paragraph: 15, text: 'Nơi nhận:' },
      recipients: [{ paragraph: 16, text: 'UBND tỉnh (b/c);' }, { paragraph: 17, text: 'Các phòng thuộc Sở;' }],
      archiveLine: { paragraph: 18, text: '- Lưu: VT, CN.' },
      signature: { paragraph: 19, text: 'KT. GIÁM ĐỐC' },
    });
  });

  it('the reporting clauses: sentences that ask for reports', () => {
    expect(plan.reportingClauses).toEqual([{ paragraph: 14, text: 'Các phòng báo cáo kết quả thực hiện về Sở (qua Văn phòng Sở).', withinDay: false }]);
  });

  it('finds "Số:" and the date line of a draft above the title when the header has a layout it did not follow', () => {
    const draft = readText(['Số: …/KH-UBND', 'Đồng Việt, ngày … tháng … năm 2026', 'KẾ HOẠCH', 'Thực hiện công tác năm 2026', 'I. MỤC ĐÍCH, YÊU CẦU', 'Bảo đảm.'].join('\n'));
    expect([draft.header.number?.paragraph, draft.header.dateLine?.paragraph]).toEqual([1, 2]);
  });

  it('finds "Nơi nhận:" and the Lưu line outside the closing, so rules know the document has them', () => {
    const odd = readText(['KẾ HOẠCH', 'Công tác năm 2026', 'I. MỤC ĐÍCH', 'Bảo đảm./.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Hoàng Văn Nam', 'PHỤ LỤC', 'Bảng phân công', 'Nơi nhận:', '- Lưu: VT.'].join('\n'));
    expect(odd.closing.recipientsHeading).toEqual({ paragraph: 10, text: 'Nơi nhận:' });
    expect(odd.closing.archiveLine).toEqual({ paragraph: 11, text: '- Lưu: VT.' });
  });

  it.each([
    ['Chế độ thông tin, báo cáo: định kỳ 6 tháng.', false],
    ['Sở Khoa học và Công nghệ theo dõi, đôn đốc, báo cáo Chủ tịch Ủy ban nhân dân tỉnh kết quả thực hiện hằng năm theo quy định.', false],
    ['Theo dõi, đôn đốc; định kỳ báo cáo Chủ tịch UBND xã kết quả thực hiện Chương trình theo quy định.', false],
    ['Huy động nguồn lực tại chỗ; báo cáo 02 lần/ngày (trước 9h00 và 16h00) về tình hình cấp phát gửi UBND tỉnh.', true],
  ])('takes "%s" for a reporting clause (due within the day: %s)', (sentence, withinDay) => {
    const read = readText(['KẾ HOẠCH', 'Công tác năm 2026', 'I. TỔ CHỨC THỰC HIỆN', sentence].join('\n'));
    expect(read.reportingClauses).toEqual([{ paragraph: 4, text: sentence, withinDay }]);
  });

  it('takes no other sentence for one: "Tổ chức hội nghị báo cáo viên"', () => {
    expect(readText(['KẾ HOẠCH', 'Công tác năm 2026', 'I. NHIỆM VỤ', 'Tổ chức hội nghị báo cáo viên cấp xã.'].join('\n')).reportingClauses).toEqual([]);
  });
});
