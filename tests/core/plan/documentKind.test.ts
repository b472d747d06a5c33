/** The document's kind, from its tên loại (NĐ 30 box 5a), a công văn's "V/v", or its number. */
import { describe, expect, it } from 'vitest';
import { readText } from './support';

const header = ['ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
const read = (...lines: string[]) => readText([...header, ...lines].join('\n'));

describe('the kind of a document', () => {
  it.each([
    ['KẾ HOẠCH', 'KH', 'Kế hoạch', true],
    ['BÁO CÁO', 'BC', 'Báo cáo', false],
    ['QUYẾT ĐỊNH', 'QĐ', 'Quyết định', false],
    ['THÔNG BÁO', 'TB', 'Thông báo', false],
    ['TỜ TRÌNH', 'TTr', 'Tờ trình', false],
    ['HƯỚNG DẪN', 'HD', 'Hướng dẫn', false],
  ])('reads the tên loại "%s" as %s', (tenLoai, code, name, asPlan) => {
    const plan = read('Số: 12/XX-UBND', 'Lâm Đồng, ngày 10 tháng 3 năm 2026', tenLoai, 'Kết luận của Chủ tịch UBND tỉnh tại Hội nghị', 'I. KẾT QUẢ', 'Nội dung.');
    expect([plan.kind, plan.kindName, plan.checkedAsPlan]).toEqual([code, name, asPlan]);
    expect(plan.header.kindLine?.text).toBe(tenLoai);
  });

  it('reads a công văn by the "V/v" under its number, as it has no tên loại', () => {
    const plan = read('Số: 345/UBND-NC', 'V/v đẩy mạnh triển khai các nhiệm vụ trọng tâm', 'Lâm Đồng, ngày 10 tháng 3 năm 2026', 'Kính gửi: Các sở, ban, ngành', 'Thực hiện chỉ đạo của Chủ tịch UBND tỉnh, …');
    expect([plan.kind, plan.checkedAsPlan]).toEqual(['CV', false]);
  });

  it('falls back on the kind in the number when no tên loại is printed', () => {
    expect(read('Số: 88/BC-UBND', 'Lâm Đồng, ngày 10 tháng 3 năm 2026', 'Tình hình thực hiện quý I năm 2026').kind).toBe('BC');
  });

  it('checks a Chương trình laid out as a plan (tasks and who carries them out) as a plan, not one written as prose', () => {
    const programme = read('CHƯƠNG TRÌNH', 'Hành động thực hiện Nghị quyết số 57-NQ/TW', 'I. MỤC ĐÍCH, YÊU CẦU', 'Bảo đảm.', 'II. NHIỆM VỤ, GIẢI PHÁP', '1. Tuyên truyền.', 'III. TỔ CHỨC THỰC HIỆN', 'Các sở triển khai.');
    expect([programme.kind, programme.checkedAsPlan]).toEqual(['CTr', true]);
    const prose = read('CHƯƠNG TRÌNH', 'Hội nghị tổng kết năm 2025', 'I. THỜI GIAN, ĐỊA ĐIỂM', 'Ngày 08/01/2026.', 'II. NỘI DUNG CHƯƠNG TRÌNH', '08h00: Khai mạc.');
    expect(prose.checkedAsPlan).toBe(false);
  });

  it('checks as a plan a copy that does not say what it is (an OCR copy without its header)', () => {
    const plan = readText(['I. MỤC ĐÍCH, YÊU CẦU', 'Bảo đảm.', 'II. NHIỆM VỤ', '1. Tuyên truyền.'].join('\n'));
    expect([plan.kind, plan.checkedAsPlan]).toEqual([null, true]);
  });

  it('does not take "Báo cáo kết quả …" in a sentence for a tên loại', () => {
    expect(read('Số: 12/KH-UBND', 'KẾ HOẠCH', 'Báo cáo kết quả thực hiện năm 2026').kind).toBe('KH');
  });

  it('tells the issuer\'s level from the catalog of bodies', () => {
    expect(read('Số: 12/KH-UBND', 'KẾ HOẠCH', 'Công tác năm 2026').level).toBe('tinh');
    expect(readText(['ỦY BAN NHÂN DÂN', 'XÃ ĐỒNG VIỆT', 'Số: 12/KH-UBND', 'KẾ HOẠCH', 'Công tác năm 2026'].join('\n')).level).toBe('xa');
  });

  it("gives an office named under its body (\"UBND TỈNH … / VĂN PHÒNG\") that body's level", () => {
    expect(readText(['UBND TỈNH LAI CHÂU', 'VĂN PHÒNG', 'Số: 12/KH-VPUBND', 'KẾ HOẠCH', 'Công tác năm 2026'].join('\n')).level).toBe('tinh');
    expect(readText(['UBND XÃ ĐỒNG VIỆT', 'VĂN PHÒNG HĐND VÀ UBND', 'Số: 3/KH-VP', 'KẾ HOẠCH', 'Công tác năm 2026'].join('\n')).level).toBe('xa');
  });
});

describe('sections whose title names several kinds', () => {
  it('carry every kind they name, in order', () => {
    const plan = read('KẾ HOẠCH', 'Công tác năm 2026', 'I. MỤC TIÊU, NHIỆM VỤ', 'a.', 'II. CHỈ TIÊU, NHIỆM VỤ', 'b.', 'III. NHIỆM VỤ, GIẢI PHÁP VÀ PHÂN CÔNG TRÁCH NHIỆM', 'c.', 'IV. TỔ CHỨC THỰC HIỆN, CHẾ ĐỘ THÔNG TIN BÁO CÁO', 'd.');
    expect(plan.sections.map((s) => s.kinds)).toEqual([['objectives', 'tasks'], ['objectives', 'tasks'], ['tasks', 'organization'], ['organization', 'reporting']]);
    expect(plan.sections.map((s) => s.kind)).toEqual(['objectives', 'objectives', 'tasks', 'organization']);
  });
});
