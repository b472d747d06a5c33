import { describe, expect, it } from 'vitest';
import { sectionKind } from '../../../src/core/plan/sectionKind';
import { planWithBody, readFixture, readText } from './support';

describe('sections', () => {
  it.each([
    ['MỤC ĐÍCH, YÊU CẦU', 'purpose'], ['QUAN ĐIỂM', 'purpose'],
    ['MỤC TIÊU', 'objectives'], ['MỤC TIÊU CỦA KẾ HOẠCH', 'objectives'], ['MỤC TIÊU, ĐỐI TƯỢNG', 'objectives'], ['MỤC TIÊU GIAI ĐOẠN 2026-2030', 'objectives'],
    ['NHIỆM VỤ, GIẢI PHÁP', 'tasks'], ['NỘI DUNG', 'tasks'], ['NỘI DUNG KẾ HOẠCH', 'tasks'], ['NỘI DUNG THỰC HIỆN', 'tasks'], ['NỘI DUNG TRỌNG TÂM', 'tasks'],
    ['NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU', 'tasks'], ['NHIỆM VỤ, GIẢI PHÁP, PHÂN CÔNG TRÁCH NHIỆM', 'tasks'], ['NỘI DUNG, NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM', 'tasks'],
    ['KINH PHÍ THỰC HIỆN', 'budget'], ['KINH PHÍ BẢO ĐẢM', 'budget'], ['NGUỒN KINH PHÍ THỰC HIỆN', 'budget'], ['KINH PHÍ VÀ NGUỒN LỰC THỰC HIỆN', 'budget'],
    ['TỔ CHỨC THỰC HIỆN', 'organization'], ['PHÂN CÔNG NHIỆM VỤ', 'organization'], ['TỔ CHỨC THỰC HIỆN, CHẾ ĐỘ THÔNG TIN BÁO CÁO', 'organization'],
    ['CHẾ ĐỘ BÁO CÁO', 'reporting'], ['TỔ CHỨC THEO DÕI, KIỂM TRA VÀ CHẾ ĐỘ BÁO CÁO', 'reporting'],
    ['ĐÁNH GIÁ TÌNH HÌNH THIỆT HẠI', 'other'], ['PHẠM VI, ĐỐI TƯỢNG VÀ THỜI GIAN THỰC HIỆN', 'other'],
  ])('reads "%s" as a %s section', (title, kind) => {
    expect(sectionKind(title)).toBe(kind);
  });

  it('reads the Roman-numeral headings between the preamble and Nơi nhận, with their paragraphs', () => {
    const plan = readFixture('so-tu-phap-per-task.txt');
    expect(plan.sections.map((s) => [s.numeral, s.title, s.kind, s.paragraph])).toEqual([
      ['I', 'MỤC ĐÍCH, YÊU CẦU', 'purpose', 17], ['II', 'MỤC TIÊU', 'objectives', 22], ['III', 'NHIỆM VỤ, GIẢI PHÁP', 'tasks', 28],
      ['IV', 'KINH PHÍ THỰC HIỆN', 'budget', 47], ['V', 'TỔ CHỨC THỰC HIỆN', 'organization', 49],
    ]);
  });

  it('keeps a duplicated numeral, so the numbering check can see it', () => {
    const plan = readText(planWithBody('II. KINH PHÍ\nNgân sách xã.\nII. TỔ CHỨC THỰC HIỆN\n1. Các thôn thực hiện.'));
    expect(plan.sections.map((s) => s.numeral)).toEqual(['I', 'II', 'II']);
  });

  it('accepts headings in normal case and lower-case numerals over a title in capitals', () => {
    const plan = readText('KẾ HOẠCH\nCông tác năm 2026\nI. Mục đích, yêu cầu\nBảo đảm hiệu quả.\nii. NHIỆM VỤ\n1. Tuyên truyền.');
    expect(plan.sections.map((s) => [s.numeral, s.kind])).toEqual([['I', 'purpose'], ['ii', 'tasks']]);
  });

  it('reads "Phần I. MỤC ĐÍCH, YÊU CẦU" as section I, so a plan numbered by parts keeps its body', () => {
    const plan = readText('KẾ HOẠCH\nPhát triển văn hóa đọc năm 2026\nPhần I. MỤC ĐÍCH, YÊU CẦU\nKhơi dậy niềm đam mê đọc sách.\nPhần II. NỘI DUNG\n1. Duy trì tủ sách pháp luật.\n- Đơn vị chủ trì: Phòng Văn hóa - Xã hội.\nPhần III. TỔ CHỨC THỰC HIỆN\nCác thôn báo cáo kết quả trước ngày 15 hằng tháng./.');
    expect(plan.sections.map((s) => [s.numeral, s.title])).toEqual([['I', 'MỤC ĐÍCH, YÊU CẦU'], ['II', 'NỘI DUNG'], ['III', 'TỔ CHỨC THỰC HIỆN']]);
    expect(plan.tasks.map((t) => t.lead)).toEqual(['Phòng Văn hóa - Xã hội']);
    expect(plan.reporting.map((r) => r.text)).toEqual(['trước ngày 15 hằng tháng']);
  });

  it('reads a numeral alone on its line with its title in normal case on the next ("II." / "Nhiệm vụ và giải pháp")', () => {
    const plan = readText('KẾ HOẠCH\nCông tác văn thư năm 2026\nI. Mục đích, yêu cầu\nBảo đảm tiến độ.\nII.\nNhiệm vụ và giải pháp\n1. Hướng dẫn nghiệp vụ\n- Đơn vị thực hiện: Phòng Văn thư - Lưu trữ.\nIII. Tổ chức thực hiện\nCác phòng triển khai.');
    expect(plan.sections.map((s) => [s.numeral, s.title, s.kind])).toEqual([['I', 'Mục đích, yêu cầu', 'purpose'], ['II', 'Nhiệm vụ và giải pháp', 'tasks'], ['III', 'Tổ chức thực hiện', 'organization']]);
    expect(plan.tasks.map((t) => [t.path, t.lead])).toEqual([['II.1', 'Phòng Văn thư - Lưu trữ']]);
  });

  it('does not take a sentence under a lone numeral for its title', () => {
    const plan = readText('KẾ HOẠCH\nCông tác năm 2026\nI. MỤC ĐÍCH, YÊU CẦU\nBảo đảm tiến độ.\nII.\nCác phòng thực hiện nghiêm túc kế hoạch này và báo cáo kết quả.');
    expect(plan.sections.map((s) => s.numeral)).toEqual(['I']);
  });

  it('joins a long heading title wrapped onto the next line by a PDF copy', () => {
    const plan = readText(planWithBody('II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM VÀ PHÂN CÔNG CÁC CƠ QUAN, ĐƠN VỊ TỔ CHỨC\nTHỰC HIỆN NĂM 2026\n1. Tuyên truyền\n- Cơ quan chủ trì: Sở Văn hóa.\nIII. TỔ CHỨC THỰC HIỆN\nCác sở triển khai.'));
    expect(plan.sections.map((s) => s.title)).toEqual(['MỤC ĐÍCH, YÊU CẦU', 'NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM VÀ PHÂN CÔNG CÁC CƠ QUAN, ĐƠN VỊ TỔ CHỨC THỰC HIỆN NĂM 2026', 'TỔ CHỨC THỰC HIỆN']);
  });

  it('does not join a heading with a subheading in capitals under it', () => {
    const plan = readText(planWithBody('II. NHIỆM VỤ, GIẢI PHÁP\nA. NHIỆM VỤ CHUNG\nTuyên truyền.\nIII. NỘI DUNG VÀ GIẢI PHÁP TRỌNG TÂM CỦA KẾ HOẠCH PHÁT TRIỂN NĂM 2026\nMỤC TIÊU CHUNG\nTuyên truyền.'));
    expect(plan.sections.map((s) => s.title)).toEqual(['MỤC ĐÍCH, YÊU CẦU', 'NHIỆM VỤ, GIẢI PHÁP', 'NỘI DUNG VÀ GIẢI PHÁP TRỌNG TÂM CỦA KẾ HOẠCH PHÁT TRIỂN NĂM 2026']);
  });

  it('reads bold headings a scraped copy wrapped over two lines ("**I. MỤC" / "ĐÍCH, YÊU CẦU**")', () => {
    const plan = readText('KẾ HOẠCH\nCông tác năm 2026\n\n**I. MỤC\nĐÍCH, YÊU CẦU**\n\nBảo đảm tiến độ.\n\n**II. TỔ CHỨC\nTHỰC HIỆN**\n\n* Các sở triển khai.\n* Các xã báo cáo.');
    expect(plan.sections.map((s) => [s.numeral, s.title])).toEqual([['I', 'MỤC ĐÍCH, YÊU CẦU'], ['II', 'TỔ CHỨC THỰC HIỆN']]);
  });

  it('does not take the point letters "i)", "v)", "x)" for sections', () => {
    const plan = readText(planWithBody('II. NHIỆM VỤ\n1. Cải cách hành chính\nh) Nhiệm vụ rà soát quy trình\ni) Nhiệm vụ cập nhật dữ liệu\nCơ quan chủ trì: Sở Nội vụ.\nv) Nội dung tuyên truyền'));
    expect(plan.sections.map((s) => s.numeral)).toEqual(['I', 'II']);
    expect(plan.sections[1].items[0].children.map((c) => c.path)).toEqual(['II.1.h', 'II.1.i', 'II.1.v']);
  });

  it('does not count the "V/V" of a wrong trích yếu as section V', () => {
    const plan = readText('KẾ HOẠCH\nV/V HỖ TRỢ NHU YẾU PHẨM\nI. MỤC TIÊU\nHỗ trợ kịp thời.');
    expect(plan.sections.map((s) => s.numeral)).toEqual(['I']);
    expect(plan.title).toBe('V/V HỖ TRỢ NHU YẾU PHẨM');
  });

  it('leaves out the Roman headings of an appendix after the signature', () => {
    const plan = readFixture('appendix-table.txt');
    expect(plan.sections.map((s) => s.numeral)).toEqual(['I', 'II', 'III', 'IV']);
  });

  it('builds the items of a section with their paths', () => {
    const tasks = readFixture('so-tu-phap-per-task.txt').sections[2];
    const paths = (items: typeof tasks.items): string[] => items.flatMap((i) => [i.path, ...paths(i.children)]);
    expect(paths(tasks.items)).toEqual(['III.1', 'III.2', 'III.3', 'III.3.1', 'III.3.1.a', 'III.3.1.b', 'III.4', 'III.5']);
    expect(tasks.items[2]).toMatchObject({ marker: '3.', title: 'Rà soát văn bản quy phạm pháp luật về bình đẳng giới', paragraph: 36, endParagraph: 43 });
  });

  it('numbers bullets by position under their item', () => {
    const plan = readText(planWithBody('II. NỘI DUNG\n1. Tuyên truyền\n- Trên loa truyền thanh;\n+ buổi sáng;\n+ buổi chiều;\n- Trên trang thông tin điện tử.'));
    const item = plan.sections[1].items[0];
    expect(item.children.map((c) => [c.path, c.children.map((g) => g.path)])).toEqual([['II.1.-1', ['II.1.-1.+1', 'II.1.-1.+2']], ['II.1.-2', []]]);
  });
});

describe('section headings printed other ways', () => {
  it('accepts "I/ " and a numeral on a line of its own', () => {
    const plan = readText('KẾ HOẠCH\nCông tác năm 2026\nI/ MỤC ĐÍCH, YÊU CẦU\nBảo đảm hiệu quả.\nII.\nNHIỆM VỤ, GIẢI PHÁP\n1. Tuyên truyền.');
    expect(plan.sections.map((s) => [s.numeral, s.title, s.paragraph])).toEqual([['I', 'MỤC ĐÍCH, YÊU CẦU', 3], ['II', 'NHIỆM VỤ, GIẢI PHÁP', 5]]);
  });
});

describe('copies converted from Markdown', () => {
  it('reads "# I. MỤC TIÊU", "**II. …**" and "*Nơi nhận:*" as the heading and closing they are', () => {
    const plan = readText('KẾ HOẠCH\nCông tác năm 2026\n# I. MỤC TIÊU\nBảo đảm hiệu quả.\n**II. TỔ CHỨC THỰC HIỆN**\nCác thôn thực hiện.\n*Nơi nhận:*\n- Lưu: VT.\nCHỦ TỊCH\nLê Văn Tám');
    expect(plan.sections.map((s) => [s.numeral, s.title])).toEqual([['I', 'MỤC TIÊU'], ['II', 'TỔ CHỨC THỰC HIỆN']]);
    expect(plan.archiveLine).toBe('- Lưu: VT.');
  });
});

describe('a heading whose full stop was lost', () => {
  it('reads "V TỔ CHỨC THỰC HIỆN" as section V, but not a sentence that starts with a capital I', () => {
    const plan = readText(planWithBody('II. NỘI DUNG\nI Love You là tên một chiến dịch.\nV TỔ CHỨC THỰC HIỆN\nCác thôn thực hiện.'));
    expect(plan.sections.map((s) => [s.numeral, s.title])).toEqual([['I', 'MỤC ĐÍCH, YÊU CẦU'], ['II', 'NỘI DUNG'], ['V', 'TỔ CHỨC THỰC HIỆN']]);
  });
});

describe('capitalised words that look like numerals', () => {
  it('keeps "VI PHẠM …" in a title in capitals as part of the title', () => {
    const plan = readText('KẾ HOẠCH\nPHÒNG NGỪA, XỬ LÝ\nVI PHẠM PHÁP LUẬT VỀ ĐẤT ĐAI\nCăn cứ Luật Đất đai;\nI. MỤC ĐÍCH, YÊU CẦU\nBảo đảm.');
    expect(plan.title).toBe('PHÒNG NGỪA, XỬ LÝ VI PHẠM PHÁP LUẬT VỀ ĐẤT ĐAI');
    expect(plan.sections.map((s) => s.numeral)).toEqual(['I']);
  });
});

describe('a plan whose parts are numbered 1., 2., 3. instead of I, II, III', () => {
  it('lists no Roman sections but still reads its tasks, deadlines and closing', () => {
    const plan = readText(['KẾ HOẠCH', 'Tháng hành động vì an toàn thực phẩm năm 2026', 'Thực hiện Kế hoạch số 120/KH-UBND ngày 10/4/2026 của UBND tỉnh.',
      '1. MỤC ĐÍCH, YÊU CẦU', '- Nâng cao nhận thức.', '2. NỘI DUNG HOẠT ĐỘNG', '2.1. Tuyên truyền trên loa truyền thanh.', '- Đơn vị chủ trì: Phòng Văn hóa.', '2.2. Kiểm tra liên ngành.',
      '3. TỔ CHỨC THỰC HIỆN', 'Các xã báo cáo kết quả trước ngày 20/5/2026.', 'Nơi nhận:', '- Lưu: VT, YT.', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn An'].join('\n'));
    expect(plan.sections).toEqual([]);
    expect(plan.references.map((r) => r.number)).toEqual(['120/KH-UBND']);
    expect(plan.tasks.map((t) => [t.path, t.lead])).toEqual([['2.1', 'Phòng Văn hóa'], ['2.2', null]]);
    expect(plan.reporting.map((r) => r.text)).toEqual(['trước ngày 20/5/2026']);
    expect([plan.archiveLine, plan.signer?.name]).toEqual(['- Lưu: VT, YT.', 'Nguyễn Văn An']);
  });
});

describe('headings in normal case with titles of no known kind', () => {
  it('reads them when they come in order, and not a sentence that merely starts with a numeral', () => {
    const plan = readText('KẾ HOẠCH\nCông tác năm 2026\nI. Đặc điểm tình hình\nNăm 2025 đạt nhiều kết quả.\nII. Mục tiêu\nBảo đảm an toàn.\nV. Hình thức khen thưởng\nIII. Tổ chức thực hiện\nCác thôn thực hiện.');
    expect(plan.sections.map((s) => [s.numeral, s.title])).toEqual([['I', 'Đặc điểm tình hình'], ['II', 'Mục tiêu'], ['III', 'Tổ chức thực hiện']]);
  });
});
