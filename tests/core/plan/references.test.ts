import { describe, expect, it } from 'vitest';
import { readFixture, readText } from './support';

const preamble = (...lines: string[]) => readText(['KẾ HOẠCH', 'Thực hiện nhiệm vụ năm 2026', ...lines, 'I. MỤC ĐÍCH, YÊU CẦU', 'Căn cứ Quyết định số 99/QĐ-UBND ngày 01/01/2026 trong thân văn bản.'].join('\n'));

describe('references in the preamble', () => {
  it('reads a citation a PDF copy cut over lines mid-sentence, its date on the next line', () => {
    const plan = preamble('Căn cứ Quyết định số 06/QĐ-TTg ngày 06/01/2022 của', 'Thủ tướng Chính phủ phê duyệt Đề án; Kế hoạch số 1520/KH-UBND ngày', '15/10/2025 của UBND tỉnh về thực hiện Đề án 06,', 'Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:');
    expect(plan.references.map((r) => [r.number, r.date])).toEqual([['06/QĐ-TTg', '2022-01-06'], ['1520/KH-UBND', '2025-10-15']]);
  });

  it.each([
    [['Căn cứ Phương án số 02600/PA-UBND ngày 18/8/2025 của UBND tỉnh;', 'Quyết định số 02110/QĐ-UBND ngày 20/11/2025 của UBND tỉnh về công bố tình huống khẩn cấp;'], ['02600/PA-UBND 2025-08-18', '02110/QĐ-UBND 2025-11-20']],
    [['Thực hiện Nghị quyết số 19-NQ/TW của Ban Chấp hành Trung ương;', 'các văn bản: Quyết định số 1234/QĐ-UBND ngày 05/8/2025, Công văn', 'số 456/UBND-VX ngày 12/8/2025 của Ủy ban nhân dân tỉnh;'], ['19-NQ/TW null', '1234/QĐ-UBND 2025-08-05', '456/UBND-VX 2025-08-12']],
    [['Căn cứ Công điện số 223/CĐ-TTg ngày 20/11/2025 của Thủ tướng', 'Chính phủ về ứng phó lũ tại Khánh Hòa,', 'Đắk Lắk và Gia Lai; Các Công điện: số 007/CĐ-UBND ngày', '17/11/2025 của UBND tỉnh;'], ['223/CĐ-TTg 2025-11-20', '007/CĐ-UBND 2025-11-17']],
    [['Căn cứ các văn bản sau:', '- Nghị định số 95/2023/NĐ-CP ngày 29/12/2023 của Chính phủ quy', 'định chi tiết Luật Tín ngưỡng, tôn giáo;', '- Kế hoạch số 5021/KH-UBND ngày 24/12/2025 của UBND tỉnh.'], ['95/2023/NĐ-CP 2023-12-29', '5021/KH-UBND 2025-12-24']],
    [['Thực hiện Thông tư số 01/2025/TT-', 'BNV ngày 17/3/2025 của Bộ Nội vụ,'], ['01/2025/TT-BNV 2025-03-17']],
    [['Thực hiện Nghị quyết số 19-NQ/TW của Ban Chấp hành Trung ương; các văn bản:', 'Quyết định số 1234/QĐ-UBND ngày 05/8/2025 của Ủy ban nhân dân tỉnh;'], ['19-NQ/TW null', '1234/QĐ-UBND 2025-08-05']],
  ])('reads a list of citations a hard line break cut: %j', (lines, refs) => {
    const plan = preamble(...lines, 'Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:');
    expect(plan.references.map((r) => `${r.number} ${r.date}`)).toEqual(refs);
  });

  it('does not take the "ban hành" line after a citation ending in a comma for part of it', () => {
    const plan = preamble('Thực hiện Kế hoạch số 15/KH-UBND ngày 02/01/2026 của UBND tỉnh,', 'Ủy ban nhân dân xã ban hành Kế hoạch thực hiện Quyết định số 77/QĐ-UBND như sau:');
    expect(plan.references.map((r) => r.number)).toEqual(['15/KH-UBND']);
  });

  it('reads Căn cứ and Thực hiện lines, each document once, in order, with type, date and issuer', () => {
    const plan = readFixture('so-tu-phap-per-task.txt');
    expect(plan.references.map((r) => ({ type: r.type, number: r.number, date: r.date, issuer: r.issuer }))).toEqual([
      { type: 'NĐ', number: '48/2009/NĐ-CP', date: '2009-05-19', issuer: 'Chính phủ' },
      { type: 'KH', number: '14-KH/TU', date: '2026-05-12', issuer: 'Ban Thường vụ Tỉnh ủy' },
      { type: 'KH', number: '163/KH-UBND', date: '2026-05-12', issuer: 'Ủy ban nhân dân tỉnh' },
    ]);
  });

  it('leaves out "Theo đề nghị" lines and laws cited without a number', () => {
    const numbers = readFixture('so-tu-phap-per-task.txt').references.map((r) => r.number);
    expect(numbers).not.toContain('12/TTr-PBGDPL');
    expect(numbers).toHaveLength(3);
  });

  it('reads "Triển khai" citations and the full date form', () => {
    const plan = preamble('Triển khai Quyết định số 2138/QĐ-TTg ngày 27 tháng 9 năm 2025 của Thủ tướng Chính phủ ban hành Kế hoạch thi hành Luật.');
    expect(plan.references).toMatchObject([{ type: 'QĐ', number: '2138/QĐ-TTg', date: '2025-09-27', issuer: 'Thủ tướng Chính phủ', verb: 'Triển khai' }]);
  });

  it('reads citations nested in a citation, in the order printed', () => {
    const plan = preamble('Thực hiện Kế hoạch số 283/KH-UBND ngày 24/9/2025 của Uỷ ban nhân dân Tỉnh về thực hiện Nghị quyết số 71/NQ-CP ngày 01/5/2025 của Chính phủ và Chương trình hành động số 10-CTr/TU ngày 13/8/2025 của Ban Thường vụ Tỉnh uỷ;');
    expect(plan.references.map((r) => [r.number, r.date, r.issuer])).toEqual([
      ['283/KH-UBND', '2025-09-24', 'Uỷ ban nhân dân Tỉnh'],
      ['71/NQ-CP', '2025-05-01', 'Chính phủ'],
      ['10-CTr/TU', '2025-08-13', 'Ban Thường vụ Tỉnh uỷ'],
    ]);
  });

  it('gives two numbers that share one date that date', () => {
    const plan = preamble('Căn cứ các Công điện: số 007/CĐ-UBND ngày 17/11/2025, số 008/CĐ-UBND và số 009/CĐ-UBND ngày 19/11/2025 của UBND tỉnh;');
    expect(plan.references.map((r) => [r.number, r.date])).toEqual([
      ['007/CĐ-UBND', '2025-11-17'], ['008/CĐ-UBND', '2025-11-19'], ['009/CĐ-UBND', '2025-11-19'],
    ]);
  });

  it('lists a document cited twice once, with the date any mention gives', () => {
    const plan = preamble('Căn cứ Kế hoạch số 42-KH/ĐU của Đảng ủy thực hiện Đề án 08-ĐA/TU;', 'Thực hiện Đề án 08-ĐA/TU của Tỉnh ủy ngày 29/12/2025 và Kế hoạch số 42-KH/ĐU ngày 11/02/2026;');
    expect(plan.references.map((r) => [r.number, r.date])).toEqual([['42-KH/ĐU', '2026-02-11'], ['08-ĐA/TU', '2025-12-29']]);
  });

  it('types a law by the word before its number', () => {
    const plan = preamble('Căn cứ Luật Điện lực số 61/2024/QH15 ngày 30/11/2024;');
    expect(plan.references).toMatchObject([{ type: 'Luật', number: '61/2024/QH15', date: '2024-11-30' }]);
  });

  it('does not take a date after the subject for the document\'s date', () => {
    const plan = preamble('Thực hiện Chỉ thị số 33/CT-TTg của Thủ tướng Chính phủ về tăng cường công tác dân vận đến ngày 30/12/2025.');
    expect(plan.references).toMatchObject([{ number: '33/CT-TTg', date: null, issuer: 'Thủ tướng Chính phủ' }]);
  });

  it('reads only the preamble, not documents cited in the body', () => {
    expect(preamble('Căn cứ Luật Ngân sách nhà nước;').references).toEqual([]);
  });
});

describe('citations introduced other ways', () => {
  it('reads "Để triển khai …" as a citation line', () => {
    const plan = preamble('Để triển khai Kế hoạch số 52/KH-UBND ngày 03/4/2026 của UBND tỉnh, UBND xã ban hành Kế hoạch như sau:');
    expect(plan.references.map((r) => [r.number, r.date])).toEqual([['52/KH-UBND', '2026-04-03']]);
  });
});

describe('a list of bases under one "Căn cứ"', () => {
  it('reads each listed document', () => {
    const plan = preamble('Căn cứ các văn bản sau:', '- Nghị định số 48/2009/NĐ-CP ngày 19/5/2009 của Chính phủ;', '- Quyết định số 2282/QĐ-TTg ngày 31/12/2020 của Thủ tướng Chính phủ;', 'UBND xã ban hành Kế hoạch như sau:');
    expect(plan.references.map((r) => r.number)).toEqual(['48/2009/NĐ-CP', '2282/QĐ-TTg']);
  });
});

describe('numbers typed with spaces', () => {
  it('reads "số 05 / KH - UBND" as printed, without swallowing the issuer after it', () => {
    const plan = preamble('Thực hiện Kế hoạch số 05 / KH - UBND ngày 10/01/2026 của UBND tỉnh và Quyết định số 2138/QĐ-TTg - Thủ tướng Chính phủ;');
    expect(plan.references.map((r) => [r.type, r.number, r.date])).toEqual([['KH', '05 / KH - UBND', '2026-01-10'], ['QĐ', '2138/QĐ-TTg', null]]);
  });
});

describe('a date given after "ban hành"', () => {
  it('is the cited document\'s date', () => {
    const plan = preamble('Thực hiện Kế hoạch số 45/KH-UBND của Ủy ban nhân dân tỉnh ban hành ngày 15/10/2025 về cơ cấu lại ngành nông nghiệp;');
    expect(plan.references.map((r) => [r.number, r.date])).toEqual([['45/KH-UBND', '2025-10-15']]);
  });
});

describe('a proposal on the same line as a basis', () => {
  it('leaves out the Tờ trình of "…; Xét đề nghị …"', () => {
    const plan = preamble('Căn cứ Quyết định số 12/QĐ-UBND ngày 15/10/2025 của UBND tỉnh; Xét đề nghị của Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày 20/10/2025.');
    expect(plan.references.map((r) => r.number)).toEqual(['12/QĐ-UBND']);
  });
});

describe('the issuer of a cited document', () => {
  it('keeps a comma inside a body\'s name and stops where the subject starts', () => {
    const plan = preamble('Thực hiện Công văn số 245/SVHTTDL-QLVH&GĐ ngày 12/3/2026 của Sở Văn hóa, Thể thao và Du lịch về tổ chức Ngày Gia đình;', 'Căn cứ Nghị quyết số 71/NQ-CP ngày 01/5/2025 của Chính phủ sửa đổi, bổ sung Nghị quyết số 57/NQ-CP;');
    expect(plan.references.map((r) => [r.number, r.issuer])).toEqual([['245/SVHTTDL-QLVH&GĐ', 'Sở Văn hóa, Thể thao và Du lịch'], ['71/NQ-CP', 'Chính phủ'], ['57/NQ-CP', null]]);
  });
});
