/**
 * layout-nd30 on snapshots as the .docx reader gives them (formatting resolved), written as data:
 * a commune plan set as NĐ 30 Phụ lục I wants, then one part set otherwise at a time.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../src/core/checks/engine';
import { layoutNd30 } from '../../../src/core/checks/rules/layout/layoutNd30';
import { readPlan } from '../../../src/core/plan/readPlan';
import type { DocumentSnapshot, RunFormat, SnapshotParagraph } from '../../../src/core/snapshot';

const TNR = 'Times New Roman';
const BODY: RunFormat = { sizePt: 14, font: TNR };
const BODY_FORMAT = { firstLineIndentCm: 1.27, spaceBeforePt: 6, alignment: 'both' as const };

type Line = [text: string, run?: RunFormat, format?: SnapshotParagraph['format']];

const LINES: Line[] = [
  ['ỦY BAN NHÂN DÂN', { sizePt: 13, bold: true, font: TNR }],
  ['XÃ TÂN PHÚ', { sizePt: 13, bold: true, font: TNR }],
  ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { sizePt: 13, bold: true, font: TNR }],
  ['Độc lập - Tự do - Hạnh phúc', { sizePt: 14, bold: true, font: TNR }],
  ['Số: 07/KH-UBND', { sizePt: 13, font: TNR }],
  ['Tân Phú, ngày 05 tháng 6 năm 2026', { sizePt: 14, italic: true, font: TNR }],
  ['KẾ HOẠCH', { sizePt: 14, bold: true, font: TNR }],
  ['Phòng, chống thiên tai năm 2026', { sizePt: 14, bold: true, font: TNR }],
  ['I. MỤC ĐÍCH, YÊU CẦU', { sizePt: 14, bold: true, font: TNR }, BODY_FORMAT],
  ...Array.from({ length: 6 }, (_, i): Line => [`Chủ động phòng ngừa, ứng phó kịp thời với thiên tai, giảm thiểu thiệt hại, nội dung ${i + 1}.`, BODY, BODY_FORMAT]),
  ['II. TỔ CHỨC THỰC HIỆN', { sizePt: 14, bold: true, font: TNR }, BODY_FORMAT],
  ['Các cơ quan, đơn vị báo cáo kết quả về Ủy ban nhân dân xã trước ngày 30/11 hằng năm.', BODY, BODY_FORMAT],
  ['Nơi nhận:', { sizePt: 12, bold: true, italic: true, font: TNR }],
  ['- Các thôn;', { sizePt: 11, font: TNR }],
  ['- Lưu: VT.', { sizePt: 11, font: TNR }],
  ['TM. ỦY BAN NHÂN DÂN', { sizePt: 14, bold: true, font: TNR }],
  ['CHỦ TỊCH', { sizePt: 14, bold: true, font: TNR }],
  ['Trần Văn Bình', { sizePt: 14, bold: true, font: TNR }],
];

const A4 = { widthMm: 210, heightMm: 297, marginTopMm: 20, marginBottomMm: 20, marginLeftMm: 30, marginRightMm: 15 };

function snapshot(lines: Line[], page: DocumentSnapshot['page'] | undefined = A4): DocumentSnapshot {
  const paragraphs = lines.map(([text, run, format], i): SnapshotParagraph => ({ index: i + 1, text, tags: [], ...(run ? { run } : {}), ...(format ? { format } : {}) }));
  return { source: 'ke-hoach.docx', paragraphs, ...(page ? { page } : {}) };
}

function layout(lines: Line[], page?: DocumentSnapshot['page']) {
  const s = snapshot(lines, page);
  return checkPlan({ snapshot: s, plan: readPlan(s), parent: null }, {}, [layoutNd30]);
}

/** The plan with line `n` (1-based) set with `run` instead. */
const restyled = (n: number, run: RunFormat): Line[] => LINES.map((l, i) => (i === n - 1 ? [l[0], run, l[2]] : l));

describe('layout-nd30 (thể thức of a Word document)', () => {
  it('finds nothing in a plan set as NĐ 30 wants', () => {
    expect(layout(LINES)).toEqual([]);
  });

  it('never judges a .txt, which carries no layout', () => {
    const txt: DocumentSnapshot = { source: 'ke-hoach.txt', paragraphs: LINES.map(([text], i) => ({ index: i + 1, text, tags: [] })) };
    expect(checkPlan({ snapshot: txt, plan: readPlan(txt), parent: null }, {}, [layoutNd30])).toEqual([]);
  });

  it('never judges a document whose paragraphs are all in one format (a text pasted into a blank document, a .txt made .docx)', () => {
    expect(layout(LINES.map(([text]): Line => [text, { sizePt: 14, font: TNR }]))).toEqual([]);
  });

  it('judges the body font by the font Word shows, one finding with the count of paragraphs', () => {
    const arial = LINES.map((l): Line => (l[1] === BODY ? [l[0], { sizePt: 14, font: 'Arial' }, l[2]] : l));
    expect(layout(arial).map((f) => [f.location.paragraph, f.message])).toEqual([[10, 'Nội dung trình bày phông Arial (7 đoạn); NĐ 30 quy định phông Times New Roman']]);
    const psName = LINES.map((l): Line => (l[1] === BODY ? [l[0], { sizePt: 14, font: 'TimesNewRomanPSMT' }, l[2]] : l));
    expect(layout(psName)).toEqual([]);
  });

  it('leaves the paper of a landscape last section (an appendix table on Letter) alone', () => {
    expect(layout(LINES, { widthMm: 279, heightMm: 216, marginTopMm: 18, marginBottomMm: 17, marginLeftMm: 25, marginRightMm: 19 })).toEqual([]);
  });

  it('marks a Quốc hiệu not in bold, a "Nơi nhận:" in 11 and a trích yếu not bold, each at its paragraph', () => {
    expect(layout(restyled(3, { sizePt: 13, font: TNR })).map((f) => [f.location.paragraph, f.message])).toEqual([[3, 'Quốc hiệu trình bày cỡ 13, không đậm; NĐ 30 quy định chữ in hoa, cỡ 12–13, in đậm']]);
    expect(layout(restyled(18, { sizePt: 11, bold: true, italic: true, font: TNR })).map((f) => f.location.paragraph)).toEqual([18]);
    expect(layout(restyled(8, { sizePt: 14, font: TNR })).map((f) => f.location.paragraph)).toEqual([8]);
  });

  it('marks Letter paper and narrow margins, and leaves a landscape last section\'s margins alone', () => {
    expect(layout(LINES, { ...A4, widthMm: 216, heightMm: 279 })[0].message).toContain('không phải A4');
    expect(layout(LINES, { ...A4, marginLeftMm: 25 })[0].message).toContain('lề trái 25 mm');
    expect(layout(LINES, { ...A4, widthMm: 297, heightMm: 210, marginLeftMm: 20 })).toEqual([]);
  });

  it('judges the body on most of its paragraphs: size 12 and no first-line indent', () => {
    const small = LINES.map((l): Line => (l[1] === BODY ? [l[0], { sizePt: 12, font: TNR }, { ...BODY_FORMAT, firstLineIndentCm: 0 }] : l));
    const found = layout(small);
    expect(found.map((f) => f.message)).toEqual([
      expect.stringContaining('cỡ 12 (7 đoạn)'),
      expect.stringContaining('lùi đầu dòng 0 cm (7 đoạn)'),
    ]);
  });
});
