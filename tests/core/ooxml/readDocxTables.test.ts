import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/core/ooxml/readDocx';
import { docxWithBody, p } from '../../fixtures/docx/handmadeDocx';

/** A cell with these cell properties (`w:tcPr` children) and paragraphs. */
const tc = (tcPr: string, ...texts: string[]) => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${(texts.length ? texts : ['']).map((t) => (t ? p(t) : '<w:p/>')).join('')}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const grid = (n: number) => `<w:tblGrid>${'<w:gridCol w:w="1000"/>'.repeat(n)}</w:tblGrid>`;
const table = (tblPr: string, columns: number, ...rows: string[]) => `<w:tbl><w:tblPr>${tblPr}</w:tblPr>${grid(columns)}${rows.join('')}</w:tbl>`;
const NO_BORDERS = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => `<w:${s} w:val="none" w:sz="0" w:space="0" w:color="auto"/>`).join('')}</w:tblBorders>`;
const GRID_STYLE = `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/></w:tblBorders></w:tblPr></w:style>`;

const cellOf = (bytes: Uint8Array, text: string) => readDocx(bytes, 'kh.docx').paragraphs.find((x) => x.text === text)?.cell;

describe('readDocx: merged cells read as Word shows them', () => {
  // TT | Nội dung | Chủ trì | Phối hợp | Thời gian, and a row whose lead cell spans Chủ trì and Phối hợp.
  const header = tr(tc('', 'TT'), tc('', 'Nội dung'), tc('', 'Chủ trì'), tc('', 'Phối hợp'), tc('', 'Thời gian'));
  const spanning = tr(tc('', '1'), tc('', 'Rà soát thủ tục hành chính'), tc('<w:gridSpan w:val="2"/>', 'Các sở, ngành'), tc('', 'Quý IV/2026'));
  const doc = docxWithBody(table('', 5, header, spanning));

  it('gives a cell that spans two columns its span, and the cell after it the column after both', () => {
    expect(cellOf(doc, 'Các sở, ngành')).toEqual({ table: 0, row: 1, column: 2, colSpan: 2 });
    expect(cellOf(doc, 'Quý IV/2026')).toEqual({ table: 0, row: 1, column: 4 });
    expect(cellOf(doc, 'Thời gian')).toEqual({ table: 0, row: 0, column: 4 });
  });

  it('starts a row that skips grid columns (w:gridBefore) at the column it skips to', () => {
    const row = `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc('', 'Tổng cộng')}</w:tr>`;
    expect(cellOf(docxWithBody(table('', 2, tr(tc('', 'a'), tc('', 'b')), row)), 'Tổng cộng')).toEqual({ table: 0, row: 1, column: 1 });
  });

  it('gives the lead of a vertical merge the rows it spans, and each continuing cell the row of its lead', () => {
    const rows = [
      tr(tc('', '1'), tc('', 'Xây dựng kế hoạch'), tc('<w:vMerge w:val="restart"/>', 'Sở Nội vụ')),
      tr(tc('', '2'), tc('', 'Tổ chức tập huấn'), tc('<w:vMerge/>')),
      tr(tc('', '3'), tc('', 'Kiểm tra'), tc('<w:vMerge w:val="continue"/>')),
      tr(tc('', '4'), tc('', 'Sơ kết'), tc('', 'Văn phòng UBND tỉnh')),
    ];
    const snap = readDocx(docxWithBody(table('', 3, ...rows)), 'kh.docx');
    const leads = snap.paragraphs.filter((x) => x.cell?.column === 2).map((x) => [x.text, x.cell]);
    expect(leads).toEqual([
      ['Sở Nội vụ', { table: 0, row: 0, column: 2, rowSpan: 3 }],
      ['', { table: 0, row: 1, column: 2, continuesRow: 0 }],
      ['', { table: 0, row: 2, column: 2, continuesRow: 0 }],
      ['Văn phòng UBND tỉnh', { table: 0, row: 3, column: 2 }],
    ]);
  });

  it('gives every paragraph of a merged lead cell the same span', () => {
    const rows = [tr(tc('<w:vMerge w:val="restart"/>', 'Sở Nội vụ;', 'Sở Tài chính')), tr(tc('<w:vMerge/>'))];
    const snap = readDocx(docxWithBody(table('', 1, ...rows)), 'kh.docx');
    expect(snap.paragraphs.slice(0, 2).map((x) => x.cell?.rowSpan)).toEqual([2, 2]);
  });
});

describe('readDocx: nested tables', () => {
  it('gives a table inside a cell its own number and the cell it sits in', () => {
    const inner = table('', 2, tr(tc('', 'TT'), tc('', 'Nội dung')));
    const body = table('', 2, tr(tc('', 'a) Tuyên truyền'), `<w:tc>${p('ngoài')}${inner}<w:p/></w:tc>`));
    const snap = readDocx(docxWithBody(body), 'kh.docx');
    expect(cellOf(docxWithBody(body), 'Nội dung')).toEqual({ table: 1, row: 0, column: 1, outer: { table: 0, row: 0, column: 1 } });
    expect(snap.tables).toEqual([
      { index: 0, rows: 1, columns: 2, borders: false },
      { index: 1, rows: 1, columns: 2, borders: false, outer: { table: 0, row: 0, column: 1 } },
    ]);
  });
});

describe('readDocx: which tables draw borders', () => {
  const one = (tblPr: string, tcPr = '', styles?: string) => readDocx(docxWithBody(table(tblPr, 1, tr(tc(tcPr, 'ô'))), styles), 'kh.docx').tables![0].borders;

  it('a table in the default table style, with no borders of its own, draws none (the layout of a header or signature)', () => {
    expect(one('', '', GRID_STYLE)).toBe(false);
  });

  it('a table in the "Table Grid" style draws its style\'s borders', () => {
    expect(one('<w:tblStyle w:val="TableGrid"/>', '', GRID_STYLE)).toBe(true);
  });

  it('borders set to none on the table override its style\'s, as offices lay out Nơi nhận and the signature', () => {
    expect(one(`<w:tblStyle w:val="TableGrid"/>${NO_BORDERS}`, '', GRID_STYLE)).toBe(false);
  });

  it('a cell that draws its own border makes the table a bordered one (appendix tables drawn cell by cell)', () => {
    expect(one('', '<w:tcBorders><w:top w:val="single" w:sz="4"/></w:tcBorders>')).toBe(true);
  });
});

describe('readDocx: Nơi nhận and the signature on two rows of a borderless table, in reading order', () => {
  // Row 1: "Nơi nhận:" | the authority and title; row 2: the recipients | the name.
  const closing = (tblPr: string) =>
    table(
      tblPr,
      2,
      tr(tc('', 'Nơi nhận:'), tc('', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH')),
      tr(tc('', '- Sở Nội vụ;', '- Lưu: VT, NC.'), tc('', '', 'Nguyễn Văn An')),
    );

  it('reads the left column, then the right, while paragraph numbers stay in document order', () => {
    const snap = readDocx(docxWithBody(p('Trên đây là Kế hoạch.') + closing(NO_BORDERS)), 'kh.docx');
    expect(snap.paragraphs.map((x) => x.text)).toEqual(['Trên đây là Kế hoạch.', 'Nơi nhận:', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '- Sở Nội vụ;', '- Lưu: VT, NC.', '', 'Nguyễn Văn An']);
    expect(snap.readingOrder!.map((i) => snap.paragraphs[i - 1].text)).toEqual(['Trên đây là Kế hoạch.', 'Nơi nhận:', '- Sở Nội vụ;', '- Lưu: VT, NC.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', 'Nguyễn Văn An']);
  });

  it('keeps a bordered table of two columns (data, not layout) row by row', () => {
    expect(readDocx(docxWithBody(closing('<w:tblBorders><w:insideV w:val="single" w:sz="4"/></w:tblBorders>')), 'kh.docx').readingOrder).toBeUndefined();
  });

  it('has nothing to reorder in a one-row table: its cells already come one after the other', () => {
    const oneRow = table(NO_BORDERS, 2, tr(tc('', 'Nơi nhận:', '- Lưu: VT.'), tc('', 'CHỦ TỊCH', 'Nguyễn Văn An')));
    expect(readDocx(docxWithBody(oneRow), 'kh.docx').readingOrder).toBeUndefined();
  });
});
