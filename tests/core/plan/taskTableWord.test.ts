import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/core/ooxml/readDocx';
import { readPlan } from '../../../src/core/plan/readPlan';
import { docxWithBody, p } from '../../fixtures/docx/handmadeDocx';

const BODY = ['KẾ HOẠCH', 'Cải cách hành chính năm 2026', 'I. MỤC ĐÍCH, YÊU CẦU', 'Bảo đảm hiệu quả.', 'II. NHIỆM VỤ', 'Các nhiệm vụ tại Phụ lục kèm theo.', 'III. TỔ CHỨC THỰC HIỆN', 'Các đơn vị thực hiện./.'].map((t) => p(t)).join('');
const tc = (tcPr: string, text = '') => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${text ? p(text) : '<w:p/>'}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const BORDERS = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => `<w:${s} w:val="single" w:sz="4"/>`).join('')}</w:tblBorders>`;
const table = (...rows: string[]) => `<w:tbl><w:tblPr>${BORDERS}</w:tblPr><w:tblGrid>${'<w:gridCol w:w="1500"/>'.repeat(5)}</w:tblGrid>${rows.join('')}</w:tbl>`;
const HEADER = tr(tc('', 'TT'), tc('', 'Nội dung'), tc('', 'Chủ trì'), tc('', 'Phối hợp'), tc('', 'Thời gian'));
const tasksOf = (rows: string[]) =>
  readPlan(readDocx(docxWithBody(BODY + p('PHỤ LỤC') + table(HEADER, ...rows) + '<w:p/>'), 'ke-hoach.docx')).tasks.map((t) => [t.title, t.lead, t.cooperating, t.timing]);

describe('task tables with merged cells, as Word makes them', () => {
  it('reads a lead cell that spans Chủ trì and Phối hợp as the lead, and the next cell as the timing', () => {
    expect(tasksOf([tr(tc('', '1'), tc('', 'Rà soát thủ tục hành chính'), tc('<w:gridSpan w:val="2"/>', 'Các sở, ngành'), tc('', 'Quý IV/2026'))])).toEqual([['Rà soát thủ tục hành chính', 'Các sở, ngành', null, 'Quý IV/2026']]);
  });

  it('gives every task of a vertically merged Chủ trì cell that lead', () => {
    const rows = [
      tr(tc('', '1'), tc('', 'Xây dựng kế hoạch'), tc('<w:vMerge w:val="restart"/>', 'Sở Nội vụ'), tc('', 'Sở Tư pháp'), tc('', 'Quý I/2026')),
      tr(tc('', '2'), tc('', 'Tổ chức tập huấn'), tc('<w:vMerge/>'), tc('', 'Sở Tài chính'), tc('', 'Quý II/2026')),
      // A continuing cell of two empty paragraphs, as Word leaves it after a merge.
      tr(tc('', '3'), tc('', 'Kiểm tra'), `<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/><w:p/></w:tc>`, tc('', ''), tc('', 'Quý III/2026')),
    ];
    expect(tasksOf(rows)).toEqual([
      ['Xây dựng kế hoạch', 'Sở Nội vụ', 'Sở Tư pháp', 'Quý I/2026'],
      ['Tổ chức tập huấn', 'Sở Nội vụ', 'Sở Tài chính', 'Quý II/2026'],
      ['Kiểm tra', 'Sở Nội vụ', null, 'Quý III/2026'],
    ]);
  });
});
