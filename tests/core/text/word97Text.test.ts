import { describe, expect, it } from 'vitest';
import { CELL_MARK, word97Snapshot } from '../../../src/core/text/word97Text';

const C = CELL_MARK;
const cells = (body: string) => word97Snapshot({ body }, 'kh.doc').paragraphs.map((p) => [p.index, p.text, p.cell ?? null]);

describe('word97Snapshot: the text of a .doc as paragraphs and table cells', () => {
  it('makes each line of the body a paragraph, a typed tab kept inside it', () => {
    expect(cells('KẾ HOẠCH\nSố: 12/KH-UBND\tAn Phú, ngày 10 tháng 6 năm 2026\n')).toEqual([
      [1, 'KẾ HOẠCH', null],
      [2, 'Số: 12/KH-UBND\tAn Phú, ngày 10 tháng 6 năm 2026', null],
    ]);
  });

  it('rebuilds the cells of a table from Word\'s cell marks, row by row; a cell of several paragraphs keeps them all', () => {
    expect(cells(`II. NHIỆM VỤ\nTT${C}Nội dung${C}\n1${C}Rà soát\nthủ tục${C}\nIII. TỔ CHỨC THỰC HIỆN\n`)).toEqual([
      [1, 'II. NHIỆM VỤ', null],
      [2, 'TT', { table: 0, row: 0, column: 0 }],
      [3, 'Nội dung', { table: 0, row: 0, column: 1 }],
      [4, '1', { table: 0, row: 1, column: 0 }],
      [5, 'Rà soát', { table: 0, row: 1, column: 1 }],
      [6, 'thủ tục', { table: 0, row: 1, column: 1 }],
      [7, 'III. TỔ CHỨC THỰC HIỆN', null],
    ]);
  });

  it('numbers a second table on its own once a body paragraph has ended the first', () => {
    const read = cells(`a${C}b${C}\nGiữa hai bảng\nc${C}d${C}\n`);
    expect(read.map(([, text, cell]) => [text, cell && (cell as { table: number }).table])).toEqual([
      ['a', 0],
      ['b', 0],
      ['Giữa hai bảng', null],
      ['c', 1],
      ['d', 1],
    ]);
  });

  it('leaves the trailing empty lines out and gives the text in NFC', () => {
    expect(word97Snapshot({ body: `${'Hòa Bình'.normalize('NFD')}\n\n\n` }, 'kh.doc').paragraphs).toEqual([{ index: 1, text: 'Hòa Bình', tags: [] }]);
  });

  it('puts headers and footers, notes and comments outside the body, empty ones left out', () => {
    const snap = word97Snapshot({ body: 'KẾ HOẠCH\n', headers: 'DỰ THẢO\n\n\n', footers: '', footnotes: ' Quyết định số 01/2026/QĐ-UBND.\n', comments: 'Ghi rõ năm.\n' }, 'kh.doc');
    expect(snap.outsideBody).toEqual([
      { kind: 'header', part: 'WordDocument', text: 'DỰ THẢO' },
      { kind: 'footnote', part: 'WordDocument', text: 'Quyết định số 01/2026/QĐ-UBND.' },
      { kind: 'comment', part: 'WordDocument', text: 'Ghi rõ năm.' },
    ]);
  });
});
