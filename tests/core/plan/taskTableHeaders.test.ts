import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/core/ooxml/readDocx';
import { readPlan } from '../../../src/core/plan/readPlan';
import { docxWithBody, p } from '../../fixtures/docx/handmadeDocx';

const tc = (text: string) => `<w:tc>${text.split('\n').map((t) => p(t)).join('')}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.map(tc).join('')}</w:tr>`;
const table = (...rows: string[]) => `<w:tbl><w:tblGrid>${'<w:gridCol w:w="1500"/>'.repeat(rows[0].split('<w:tc>').length - 1)}</w:tblGrid>${rows.join('')}</w:tbl>`;
const paras = (...texts: string[]) => texts.map((t) => p(t)).join('');
const CLOSING = paras('Nơi nhận:', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH');
const read = (body: string) => readPlan(readDocx(docxWithBody(paras('KẾ HOẠCH', 'Tuyên truyền cải cách hành chính năm 2026', 'I. MỤC ĐÍCH, YÊU CẦU', 'Bảo đảm hiệu quả.') + body), 'ke-hoach.docx'));

describe('task tables recognised by what their header says', () => {
  it.each([
    ['TT', 'Nội dung', 'Trách nhiệm\nthực hiện', 'Thời gian\n(Năm 2026)'],
    ['STT', 'Nhiệm vụ', 'Đơn vị thực hiện', 'Thời hạn'],
    ['TT', 'Nhiệm vụ', 'Chủ trì thực hiện', 'Sản phẩm'],
    ['STT', 'Nội dung', 'Cơ quan được giao', 'Tiến độ'],
  ])('reads a table headed %s | %s | %s | %s as tasks', (...header) => {
    const plan = read(paras('II. NHIỆM VỤ', '1. Tuyên truyền trên báo chí') + table(tr(...header), tr('1', 'Chuyên mục cải cách hành chính', 'Sở Nội vụ', 'Quý I/2026')) + paras('III. TỔ CHỨC THỰC HIỆN', 'Các đơn vị triển khai.') + CLOSING);
    expect(plan.tasks.map((t) => [t.title, t.lead])).toEqual([['Chuyên mục cải cách hành chính', 'Sở Nội vụ']]);
  });

  it('does not read a table without a unit column as tasks', () => {
    const plan = read(paras('II. CHỈ TIÊU') + table(tr('TT', 'Chỉ tiêu', 'Năm 2026'), tr('1', 'Tỷ lệ hồ sơ trực tuyến', '80%')) + paras('III. TỔ CHỨC THỰC HIỆN', 'Các đơn vị triển khai.') + CLOSING);
    expect(plan.tasks).toEqual([]);
  });
});

describe('a task table nested inside a point', () => {
  const NESTED = paras('II. HOẠT ĐỘNG TRỌNG TÂM', '1. Chương trình trên Đài Phát thanh', 'a) Chương trình đối thoại với các sở, ngành:') +
    table(tr('TT', 'Nội dung', 'Trách nhiệm thực hiện', 'Thời gian'), tr('1', 'Đối thoại về thủ tục đất đai', 'Sở Nông nghiệp và Môi trường', 'Tháng 3'), tr('2', 'Đối thoại về đầu tư', 'Sở Tài chính', 'Tháng 5')) +
    paras('b) Chương trình đối thoại với các xã, phường:') +
    table(tr('TT', 'Nội dung', 'Trách nhiệm thực hiện', 'Thời gian'), tr('1', 'Đối thoại về hộ tịch', 'UBND phường Xuân Hương', 'Tháng 4')) +
    paras('2. Cuộc thi tìm hiểu cải cách hành chính', 'Đơn vị chủ trì: Sở Nội vụ.', 'Thời gian thực hiện: Quý III/2026.', 'III. TỔ CHỨC THỰC HIỆN', 'Các đơn vị triển khai.') + CLOSING;

  it('gives its rows the path of the point they sit under, so no two tasks share one', () => {
    const plan = read(NESTED);
    expect(plan.tasks.map((t) => [t.path, t.lead, t.timing])).toEqual([
      ['II.1.a.1', 'Sở Nông nghiệp và Môi trường', 'Tháng 3'],
      ['II.1.a.2', 'Sở Tài chính', 'Tháng 5'],
      ['II.1.b.1', 'UBND phường Xuân Hương', 'Tháng 4'],
      ['II.2', 'Sở Nội vụ', 'Quý III/2026'],
    ]);
  });
});

describe('an appendix table with group rows', () => {
  it('names each task by its group and number ("PL.II.1"), and a row under a merged number apart', () => {
    const vMerge = (restart: boolean, text = '') => `<w:tc><w:tcPr><w:vMerge${restart ? ' w:val="restart"' : ''}/></w:tcPr>${text ? p(text) : '<w:p/>'}</w:tc>`;
    const rows = [
      tr('STT', 'Nhiệm vụ', 'Chủ trì thực hiện', 'Phối hợp thực hiện', 'Thời gian hoàn thành'),
      tr('I', 'Cải cách thể chế', '', '', ''),
      tr('1', 'Rà soát văn bản quy phạm pháp luật', 'Sở Tư pháp', 'Các sở, ngành', 'Hằng năm'),
      tr('II', 'Cải cách thủ tục hành chính', '', '', ''),
      tr('1', 'Công bố thủ tục hành chính', 'Các sở, ngành', 'Sở Tư pháp', 'Thường xuyên'),
      `<w:tr>${vMerge(true, '2')}${tc('Kế hoạch kiểm tra của tỉnh')}${tc('Sở Nội vụ')}${tc('')}${tc('Tháng 01 hằng năm')}</w:tr>`,
      `<w:tr>${vMerge(false)}${tc('Kế hoạch tự kiểm tra của các cơ quan')}${tc('Các cơ quan, đơn vị')}${tc('')}${tc('Tháng 6 hằng năm')}</w:tr>`,
    ];
    const plan = read(paras('II. NHIỆM VỤ', 'Các nhiệm vụ tại Phụ lục kèm theo.') + CLOSING + paras('PHỤ LỤC') + table(...rows) + '<w:p/>');
    expect(plan.tasks.map((t) => [t.path, t.lead])).toEqual([
      ['PL.I.1', 'Sở Tư pháp'],
      ['PL.II.1', 'Các sở, ngành'],
      ['PL.II.2', 'Sở Nội vụ'],
      ['PL.II.2 (2)', 'Các cơ quan, đơn vị'],
    ]);
  });
});
