import type { DocumentSnapshot, RunFormat, SnapshotParagraph } from '../../../snapshot';
import type { Place, Plan } from '../../../plan/model';
import type { Rule, RuleHit } from '../../types';
import { paragraphAt, paragraphsBetween } from '../../support/paragraphs';
import { fold } from '../../../text/fold';

type Want = { size?: [number, number]; bold?: boolean; italic?: boolean; caps?: boolean };

// NĐ 30 Phụ lục I: each part's size range and style (Quốc hiệu 12–13 bold caps, Tiêu ngữ 13–14 bold …).
const PARTS: { part: string; partEn: string; place: (plan: Plan) => Place | null; want: Want; wantVi: string }[] = [
  { part: 'Tên loại "KẾ HOẠCH"', partEn: 'The document type', place: (p) => p.header.kindLine, want: { size: [13, 14], bold: true }, wantVi: 'cỡ 13–14, in đậm' },
  { part: 'Trích yếu', partEn: 'The subject line', place: (p) => p.header.title, want: { size: [13, 14], bold: true }, wantVi: 'cỡ 13–14, in đậm' },
  { part: '"Nơi nhận:"', partEn: '"Nơi nhận:"', place: (p) => p.closing.recipientsHeading, want: { size: [12, 12], bold: true, italic: true }, wantVi: 'cỡ 12, đậm nghiêng' },
];
const QUOC_HIEU = { part: 'Quốc hiệu', partEn: 'The national title', re: /^cong hoa xa hoi/, want: { size: [12, 13], bold: true, caps: true } as Want, wantVi: 'chữ in hoa, cỡ 12–13, in đậm' };
const TIEU_NGU = { part: 'Tiêu ngữ', partEn: 'The motto', re: /^doc lap\s*[-–]\s*tu do/, want: { size: [13, 14], bold: true } as Want, wantVi: 'cỡ 13–14, in đậm' };

function misses(run: RunFormat | undefined, text: string, want: Want): boolean {
  if (!run) return false;
  if (want.size && run.sizePt != null && (run.sizePt < want.size[0] || run.sizePt > want.size[1])) return true;
  if (want.bold && run.bold === false) return true;
  if (want.bold && run.bold == null) return true;
  if (want.italic && !run.italic) return true;
  if (want.caps && !run.allCaps && text !== text.toUpperCase()) return true;
  return false;
}

function describe(run: RunFormat | undefined): string {
  if (!run) return '';
  return [run.sizePt != null ? `cỡ ${run.sizePt}` : '', run.bold ? 'đậm' : 'không đậm', run.italic ? 'nghiêng' : ''].filter(Boolean).join(', ');
}

// Times New Roman under the names Word and PDF converters give it ("Times New Roman Bold", "TimesNewRomanPSMT").
const TIMES = /^times\s*new\s*roman/i;

/**
 * The reader captured formatting someone set: the paragraphs with text are not all in one format.
 * A .txt or a .doc's text has none; a text pasted into a blank document, or a plan converted from
 * .txt, has only the Normal style's, which says nothing about how its parts were meant to look.
 */
function formattingRead(snapshot: DocumentSnapshot): boolean {
  let first: string | null = null;
  for (const p of snapshot.paragraphs) {
    if (!p.run || !p.text.trim()) continue;
    const key = `${p.run.font ?? ''}|${p.run.sizePt ?? ''}|${p.run.bold ?? ''}|${p.run.italic ?? ''}|${p.run.allCaps ?? ''}`;
    if (first === null) first = key;
    else if (key !== first) return true;
  }
  return false;
}

const near = (value: number, lo: number, hi: number, slack = 0.5) => value >= lo - slack && value <= hi + slack;

/**
 * NĐ 30 Phụ lục I on a Word document, judged from the formatting the .docx reader resolves (styles
 * included): A4 paper and margins, body text 13–14 with a first-line indent of 1–1.27
 * cm, and each part's size and style. A .txt carries no layout and is never judged. One finding per
 * part; the body's font, size and indent are judged on most of its paragraphs, not on one.
 */
export const layoutNd30: Rule = {
  id: 'layout-nd30',
  appliesTo: 'any',
  family: 'layout',
  severity: 'warning',
  title: { vi: 'Thể thức trình bày chưa đúng NĐ 30', en: 'Layout not as NĐ 30 sets it' },
  message: {
    vi: '{part} trình bày {found}; NĐ 30 quy định {expected}',
    en: '{partEn} is set {found}; NĐ 30 sets {expected}',
  },
  variants: {
    page: {
      vi: 'Khổ giấy, lề trang: {found}; NĐ 30 quy định {expected}',
      en: 'Paper and margins: {found}; NĐ 30 sets {expected}',
    },
  },
  source: 'NĐ 30/2020/NĐ-CP Phụ lục I (Phần I: khổ giấy, lề, phông chữ; Mục IV: cỡ, kiểu chữ từng thành phần)',
  check({ snapshot, plan }) {
    // Only a document whose formatting the reader captured: a .txt, a .doc or a bare package has none to judge.
    if (!formattingRead(snapshot)) return [];
    const hits: RuleHit[] = [];
    const first = snapshot.paragraphs.find((p) => p.text.trim())?.index ?? 1;
    const page = snapshot.page;
    if (page) {
      const portrait = page.heightMm >= page.widthMm;
      const [w, h] = portrait ? [page.widthMm, page.heightMm] : [page.heightMm, page.widthMm];
      const problems: string[] = [];
      // Paper and margins are judged on a portrait page: the last section (the one read) may be a landscape appendix table.
      if (portrait) {
        if (!near(w, 210, 210, 2) || !near(h, 297, 297, 2)) problems.push(`khổ ${Math.round(page.widthMm)}×${Math.round(page.heightMm)} mm (không phải A4)`);
        if (!near(page.marginTopMm, 20, 25) || !near(page.marginBottomMm, 20, 25)) problems.push(`lề trên ${Math.round(page.marginTopMm)}, lề dưới ${Math.round(page.marginBottomMm)} mm`);
        if (!near(page.marginLeftMm, 30, 35)) problems.push(`lề trái ${Math.round(page.marginLeftMm)} mm`);
        if (!near(page.marginRightMm, 15, 20)) problems.push(`lề phải ${Math.round(page.marginRightMm)} mm`);
      }
      if (problems.length > 0) hits.push({ paragraph: first, variant: 'page', args: { found: problems.join(', '), expected: 'A4, lề trên và dưới 20–25 mm, trái 30–35 mm, phải 15–20 mm' } });
    }

    const head = snapshot.paragraphs.filter((p) => p.index < (plan.header.kindLine?.paragraph ?? 15));
    for (const part of [QUOC_HIEU, TIEU_NGU]) {
      const p = head.find((q) => part.re.test(fold(q.text.trim())));
      if (p && misses(p.run, p.text.trim(), part.want)) hits.push({ paragraph: p.index, args: { part: part.part, partEn: part.partEn, found: describe(p.run), expected: part.wantVi } });
    }
    for (const part of PARTS) {
      const place = part.place(plan);
      const p = place ? paragraphAt(snapshot, place.paragraph) : undefined;
      if (p && p.text.trim() && misses(p.run, p.text.trim(), part.want)) hits.push({ paragraph: p.index, args: { part: part.part, partEn: part.partEn, found: describe(p.run), expected: part.wantVi } });
    }

    // The body: paragraphs of the sections, outside tables and headings.
    const from = plan.sections[0]?.paragraph ?? Infinity;
    const to = (plan.closing.recipientsHeading?.paragraph ?? plan.closing.signature?.paragraph ?? Infinity) - 1;
    const headings = new Set(plan.sections.map((s) => s.paragraph));
    const body: SnapshotParagraph[] = paragraphsBetween(snapshot, from, Number.isFinite(to) ? to : snapshot.paragraphs.length).filter(
      (p) => p.text.trim().length > 40 && !p.cell && !headings.has(p.index) && p.run,
    );
    if (body.length >= 5) {
      const most = (bad: (p: SnapshotParagraph) => boolean) => {
        const wrong = body.filter(bad);
        return wrong.length > body.length / 2 ? wrong : [];
      };
      const font = most((p) => p.run?.font != null && !TIMES.test(p.run.font));
      if (font.length) hits.push({ paragraph: font[0].index, args: { part: 'Nội dung', partEn: 'The body', found: `phông ${font[0].run!.font} (${font.length} đoạn)`, expected: 'phông Times New Roman' } });
      const size = most((p) => p.run?.sizePt != null && (p.run.sizePt < 13 || p.run.sizePt > 14));
      if (size.length) hits.push({ paragraph: size[0].index, args: { part: 'Nội dung', partEn: 'The body', found: `cỡ ${size[0].run!.sizePt} (${size.length} đoạn)`, expected: 'cỡ chữ 13–14' } });
      const indent = most((p) => !near(p.format?.firstLineIndentCm ?? 0, 1, 1.27, 0.05) && !/^\s*[-+•]/.test(p.text));
      if (indent.length) hits.push({ paragraph: indent[0].index, args: { part: 'Nội dung', partEn: 'The body', found: `lùi đầu dòng ${indent[0].format?.firstLineIndentCm ?? 0} cm (${indent.length} đoạn)`, expected: 'lùi đầu dòng 1 cm hoặc 1,27 cm' } });
    }
    return hits;
  },
};
