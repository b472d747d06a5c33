import { describe, expect, it } from 'vitest';
import { readFixture, readText } from './support';

describe('the header of a plan', () => {
  it('reads the number as printed, the NĐ 30 date and the place', () => {
    const plan = readFixture('so-tu-phap-per-task.txt');
    expect(plan.number).toBe('45/KH-STP');
    expect(plan.date).toBe('2026-03-05');
    expect(plan.place).toBe('Hòa Bình');
    expect(plan.at.number).toBe(7);
    expect(plan.at.date).toBe(8);
  });

  it('splits the cơ quan chủ quản from the issuing body printed under it', () => {
    const plan = readFixture('so-tu-phap-per-task.txt');
    expect(plan.parentBody).toBe('UBND TỈNH HÒA BÌNH');
    expect(plan.issuer).toBe('SỞ TƯ PHÁP');
  });

  it('joins an issuing body printed over two lines', () => {
    const plan = readFixture('appendix-table.txt');
    expect(plan.issuer).toBe('ỦY BAN NHÂN DÂN TỈNH BẮC GIANG');
    expect(plan.parentBody).toBeNull();
  });

  it('reads the issuing body printed after the Quốc hiệu and the date, above Số (a header table read right column first)', () => {
    const plan = readText(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Huế, ngày 12 tháng 11 năm 2025', 'ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HUẾ', 'Số: 210/KH-UBND', 'KẾ HOẠCH', 'Cải cách hành chính năm 2026'].join('\n'));
    expect([plan.issuer, plan.number, plan.date, plan.place]).toEqual(['ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ', '210/KH-UBND', '2025-11-12', 'Huế']);
  });

  it('does not take capitals between the date and KẾ HOẠCH for the body when the body came first', () => {
    const plan = readText(['ỦY BAN NHÂN DÂN', 'XÃ AN PHÚ', 'Số: 12/KH-UBND', 'An Phú, ngày 10 tháng 6 năm 2026', 'DỰ THẢO LẦN 2', 'KẾ HOẠCH', 'Công tác năm 2026'].join('\n'));
    expect(plan.issuer).toBe('ỦY BAN NHÂN DÂN XÃ AN PHÚ');
  });

  it('reads the issue date when box 4 ends with a full stop ("Hưng Yên, ngày 05 tháng 12 năm 2025.")', () => {
    const plan = readText(['ỦY BAN NHÂN DÂN', 'TỈNH HƯNG YÊN', 'Số: 77/KH-UBND', 'Hưng Yên, ngày 05 tháng 12 năm 2025.', 'KẾ HOẠCH', 'Chuyển đổi số năm 2026'].join('\n'));
    expect([plan.date, plan.place]).toEqual(['2025-12-05', 'Hưng Yên']);
  });

  it('reads "Số 123 /KH-UBND", with neither the colon nor the number kept tight, as the number and not as the body', () => {
    const plan = readText(['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG NINH', 'Số 123 /KH-UBND', 'Quảng Ninh, ngày 05 tháng 12 năm 2025', 'KẾ HOẠCH', 'Phát triển du lịch năm 2026'].join('\n'));
    expect([plan.number, plan.issuer, plan.parentBody]).toEqual(['123 /KH-UBND', 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH', null]);
  });

  it('reads a header table kept as Markdown rows by a converted copy', () => {
    const plan = readText(['| ỦY BAN NHÂN DÂN TỈNH LAI CHÂU | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |', '|---|---|', '| -------- | Độc lập - Tự do - Hạnh phúc |', '| Số: 7360/KH-UBND | Lai Châu, ngày 19 tháng 11 năm 2025 |', '**KẾ HOẠCH**', 'Triển khai thi hành Luật'].join('\n'));
    expect([plan.issuer, plan.number, plan.date, plan.place]).toEqual(['ỦY BAN NHÂN DÂN TỈNH LAI CHÂU', '7360/KH-UBND', '2025-11-19', 'Lai Châu']);
  });

  it('reads the body from a header line run into a Quốc hiệu that a line break cut ("… TỈNH NGHỆ AN CỘNG HÒA XÃ HỘI CHỦ" / "NGHĨA VIỆT NAM")', () => {
    const plan = readText(['UỶ BAN NHÂN DÂN TỈNH NGHỆ AN CỘNG HÒA XÃ HỘI CHỦ', 'NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 123 /KH-UBND', 'Nghệ An, ngày 3 tháng 12 năm 2025', 'KẾ HOẠCH', 'Chuyển đổi số năm 2026'].join('\n'));
    expect([plan.issuer, plan.number, plan.date]).toEqual(['UỶ BAN NHÂN DÂN TỈNH NGHỆ AN', '123 /KH-UBND', '2025-12-03']);
  });

  it('reads a scraped header whose bold spans, number and date a line break cut ("**UỶ BAN NHÂN" / "DÂN**", "Số:" / "7360/KH-UBND")', () => {
    const plan = readText(['|', '**UỶ BAN NHÂN', 'DÂN**', 'TỈNH LAI CHÂU', '--------', '|', '**CỘNG HÒA XÃ', 'HỘI CHỦ NGHĨA VIỆT NAM**', 'Độc lập - Tự do - Hạnh phúc', '|', 'Số:', '7360/KH-UBND', '|', '*Lai Châu, ngày', '19 tháng 11 năm 2025*', '|', '', '**KẾ HOẠCH**', '', 'TRIỂN KHAI THI HÀNH LUẬT'].join('\n'));
    expect([plan.issuer, plan.number, plan.date, plan.place]).toEqual(['UỶ BAN NHÂN DÂN TỈNH LAI CHÂU', '7360/KH-UBND', '2025-11-19', 'Lai Châu']);
  });

  it('keeps a blank number blank and gives no date when the day is blank', () => {
    const plan = readFixture('xa-none-style.txt');
    expect(plan.number).toBe('/KH-UBND');
    expect(plan.date).toBeNull();
    expect(plan.place).toBe('Tân Lập');
    expect(plan.dateText).toBe('Tân Lập, ngày tháng 5 năm 2026');
    expect(plan.issuer).toBeNull();
  });

  it('reads "Số" without its colon, as OCR copies print it', () => {
    const plan = readText('Số 70/KH-UBND\nCần Thơ, ngày 15 tháng 9 năm 2025\nKẾ HOẠCH Thực hiện công tác dân vận\nI. MỤC ĐÍCH, YÊU CẦU');
    expect(plan.number).toBe('70/KH-UBND');
    expect(plan.date).toBe('2025-09-15');
    expect(plan.title).toBe('Thực hiện công tác dân vận');
  });

  it('reads Số and the date when a table row put them on one line with a tab', () => {
    const plan = readText('ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHÀNH PHỐ HỒ CHÍ MINH\tĐộc lập - Tự do - Hạnh phúc\nSố: 174/KH-UBND\tThành phố Hồ Chí Minh, ngày 18 tháng 11 năm 2025\nKẾ HOẠCH\nThực hiện bình đẳng giới\nI. MỤC TIÊU');
    expect(plan.number).toBe('174/KH-UBND');
    expect(plan.place).toBe('Thành phố Hồ Chí Minh');
    expect(plan.date).toBe('2025-11-18');
    expect(plan.issuer).toBe('ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH');
  });

  it('reads a trích yếu over two lines and leaves the "(Kèm theo …)" note out of it', () => {
    const plan = readText('KẾ HOẠCH\nThực hiện Đề án phát triển công nghiệp\ntheo hướng xanh giai đoạn 2026-2030\n(Ban hành kèm theo Nghị quyết số 35-NQ/TU ngày 29/12/2025 của Tỉnh ủy)\nCăn cứ Nghị quyết số 35-NQ/TU ngày 29/12/2025 của Tỉnh ủy;\nI. MỤC ĐÍCH');
    expect(plan.title).toBe('Thực hiện Đề án phát triển công nghiệp theo hướng xanh giai đoạn 2026-2030');
    expect(plan.period).toEqual({ from: 2026, to: 2030 });
    expect(plan.references.map((r) => r.number)).toEqual(['35-NQ/TU']);
  });

  it('takes a title that starts like a citation ("Thực hiện Chương trình …") as the title', () => {
    const plan = readFixture('xa-none-style.txt');
    expect(plan.title).toBe('Thực hiện công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026 trên địa bàn xã Tân Lập');
    expect(plan.at.title).toBe(9);
  });

  it('reads a plan with no header at all without inventing one', () => {
    const plan = readText('I. MỤC ĐÍCH, YÊU CẦU\nBảo đảm hiệu quả.');
    expect([plan.number, plan.date, plan.place, plan.issuer, plan.title]).toEqual([null, null, null, null, null]);
    expect(plan.sections).toHaveLength(1);
  });
});

describe('header layouts seen in copies of plans', () => {
  it('separates the agency from the Quốc hiệu when a copy ran the two columns together', () => {
    const plan = readText('ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH ĐIỆN BIÊN Độc lập - Tự do - Hạnh phúc\nSố: 88/KH-UBND Điện Biên, ngày 03 tháng 3 năm 2026\nKẾ HOẠCH\nCải cách hành chính năm 2026\nI. MỤC TIÊU');
    expect([plan.issuer, plan.number, plan.place, plan.date]).toEqual(['ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN', '88/KH-UBND', 'Điện Biên', '2026-03-03']);
  });

  it('does not take a draft mark or the Party header for the issuing body', () => {
    const plan = readText('DỰ THẢO\nBAN CHẤP HÀNH ĐẢNG BỘ\nXÃ AN PHÚ\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 14-KH/ĐU\nAn Phú, ngày 12 tháng 5 năm 2026\nKẾ HOẠCH\nHọc tập chuyên đề năm 2026\nI. MỤC ĐÍCH, YÊU CẦU');
    expect(plan.issuer).toBe('BAN CHẤP HÀNH ĐẢNG BỘ XÃ AN PHÚ');
    expect(plan.number).toBe('14-KH/ĐU');
  });
});

describe('a trích yếu that cites the parent plan', () => {
  it('is the title, and its citation counts among the references', () => {
    const plan = readText('KẾ HOẠCH\nThực hiện Kế hoạch số 163/KH-UBND ngày 12/5/2026 của UBND tỉnh về bình đẳng giới\nI. MỤC ĐÍCH, YÊU CẦU');
    expect(plan.title).toBe('Thực hiện Kế hoạch số 163/KH-UBND ngày 12/5/2026 của UBND tỉnh về bình đẳng giới');
    expect(plan.references.map((r) => [r.number, r.date])).toEqual([['163/KH-UBND', '2026-05-12']]);
  });

  it('is never a "Căn cứ" line', () => {
    const plan = readText('KẾ HOẠCH\nCăn cứ Quyết định số 2282/QĐ-TTg ngày 31/12/2020 của Thủ tướng Chính phủ;\nI. MỤC ĐÍCH, YÊU CẦU');
    expect(plan.title).toBeNull();
    expect(plan.references.map((r) => r.number)).toEqual(['2282/QĐ-TTg']);
  });
});

describe('box 4 over two lines', () => {
  it('takes the place from the line above "ngày …"', () => {
    const plan = readText('Số: 12/KH-UBND\nLai Châu,\nngày 19 tháng 11 năm 2025\nKẾ HOẠCH\nCông tác năm 2026\nI. MỤC TIÊU');
    expect([plan.place, plan.date]).toEqual(['Lai Châu', '2025-11-19']);
  });
});

describe('an issuing body whose name runs over lines under its parent body', () => {
  it('keeps "BỆNH VIỆN ĐA KHOA / TRUNG TÂM …" together under "SỞ Y TẾ …"', () => {
    const plan = readText('SỞ Y TẾ TỈNH AN PHÚ\nBỆNH VIỆN ĐA KHOA\nTRUNG TÂM AN PHÚ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/KH-BV\nAn Phú, ngày 15 tháng 01 năm 2026\nKẾ HOẠCH\nNâng cao chất lượng\nI. MỤC TIÊU');
    expect([plan.parentBody, plan.issuer]).toEqual(['SỞ Y TẾ TỈNH AN PHÚ', 'BỆNH VIỆN ĐA KHOA TRUNG TÂM AN PHÚ']);
  });
});

describe('box 4 written short', () => {
  it('still gives the place and the date', () => {
    const plan = readText('Số: 12/KH-UBND\nAn Phú, ngày 05/6/2026\nKẾ HOẠCH\nCông tác năm 2026\nI. MỤC TIÊU');
    expect([plan.place, plan.date]).toEqual(['An Phú', '2026-06-05']);
  });
});

describe('an OCR copy with a garbled Quốc hiệu', () => {
  it('does not add it to the issuing body', () => {
    const plan = readText('ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\nCỘNG HÒA XÃ HỘI CHỦ NGHỈA VIỆT NAM\nĐộc lặp - Tự do - Hạnh phúc\nSố: 70/KH-UBND\nCần Thơ, ngày 15 tháng 9 năm 2025\nKẾ HOẠCH\nCông tác dân vận\nI. MỤC ĐÍCH');
    expect(plan.issuer).toBe('ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ');
  });
});
