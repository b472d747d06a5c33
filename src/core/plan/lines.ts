/**
 * The snapshot as the reader sees it: non-blank lines, each with the paragraph it came from, its
 * text cleaned of markdown-ish emphasis ("**KT. CHỦ TỊCH") and its fold for matching labels.
 * A .docx paragraph with line breaks gives several lines with the same paragraph number.
 */
import { fold, isMostlyUpper, squashSpaces } from '../text/fold';
import type { CellPosition, DocumentSnapshot } from '../snapshot';
import { ENDS_HYPHENATED, STARTS_LOWER, STARTS_UPPER, UPPER } from '../text/letters';

export interface PlanLine {
  /** 1-based paragraph of the snapshot (the line of a .txt). */
  paragraph: number;
  /** Cleaned text: emphasis markers removed, whitespace squashed. */
  text: string;
  /** `fold(text)`: same length, lower case, no marks. */
  fold: string;
  /** The text before squashing, tabs kept: header lines put Số and the date on one line. */
  raw: string;
  tags: string[];
  cell?: CellPosition;
  /**
   * A line a hard line break cut (a PDF copy, a hard-wrapped text) is read as one: the paragraphs
   * it took text from after the first, each with the offset in `text` where its part starts.
   */
  joins?: { offset: number; paragraph: number }[];
}

/** The last paragraph a line took text from. */
export function lastParagraphOf(line: PlanLine): number {
  return line.joins ? line.joins[line.joins.length - 1].paragraph : line.paragraph;
}

/** The paragraph the character at `offset` of the line's text came from. */
export function paragraphAtOffset(line: PlanLine, offset: number): number {
  let paragraph = line.paragraph;
  for (const j of line.joins ?? []) if (j.offset <= offset) paragraph = j.paragraph;
  return paragraph;
}

const EMPHASIS = /\*\*|__/g;
const MARKDOWN_EDGE_ALL = /^\s*(?:#{1,6}\s+|[*_](?=\S))|(?<=\S)[*_]\s*$/g;

/** A quick look at the first and last characters before running the Markdown pattern. */
function hasMarkdownEdge(text: string): boolean {
  let i = 0;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  let j = text.length - 1;
  while (j > i && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j--;
  const first = text.charCodeAt(i);
  const last = text.charCodeAt(j);
  // "#", "*", "_"
  return first === 35 || first === 42 || first === 95 || last === 42 || last === 95;
}

// Emphasis marks that open or close a span: "**" anywhere, "*" against a word (not a "* " bullet).
const BOLD = /\*\*/g;
const ITALIC = /(?<![*\s])\*(?!\*)|(?<!\*)\*(?=[^\s*])/g;

/** Whether a Markdown-ish emphasis opened on the text is still open at its end ("**UỶ BAN NHÂN"). */
function openEmphasis(text: string): boolean {
  if (!text.includes('*')) return false;
  const bold = text.match(BOLD)?.length ?? 0;
  const italic = text.replace(BOLD, '').match(ITALIC)?.length ?? 0;
  return bold % 2 === 1 || italic % 2 === 1;
}

/** A scraped copy wraps an emphasised span over lines ("**I. MỤC" / "ĐÍCH, YÊU CẦU**"): up to three lines close it. */
function closeEmphasis(paragraphs: DocumentSnapshot['paragraphs'], k: number): number {
  let text = paragraphs[k].text;
  for (let j = k + 1; j < paragraphs.length && j <= k + 3; j++) {
    const next = paragraphs[j];
    if (next.cell || next.tags.length || next.text.trim() === '') return k;
    text = `${text} ${next.text}`;
    if (!openEmphasis(text)) return j;
  }
  return k;
}

export function toLines(snapshot: DocumentSnapshot): PlanLine[] {
  return readLines(snapshot).lines;
}

/** The lines as `toLines` reads them, and the width the text was hard-wrapped at (0: it was not). */
export function readLines(snapshot: DocumentSnapshot): { lines: PlanLine[]; wrapWidth: number } {
  const out: PlanLine[] = [];
  // A layout table (Nơi nhận beside the signature) is read column by column, as printed.
  const paragraphs = snapshot.readingOrder ? snapshot.readingOrder.map((i) => snapshot.paragraphs[i - 1]) : snapshot.paragraphs;
  for (let k = 0; k < paragraphs.length; k++) {
    let p = paragraphs[k];
    if (!p.cell && openEmphasis(p.text)) {
      const last = closeEmphasis(paragraphs, k);
      if (last > k) {
        p = { ...p, text: paragraphs.slice(k, last + 1).map((q) => q.text).join(' ') };
        k = last;
      }
    }
    const parts = p.text.includes('\n') ? p.text.split('\n') : [p.text];
    for (const part of parts) {
      // Snapshot text is NFC by contract; emphasis marks are rare, so replace only when present.
      let raw = part.includes('**') || part.includes('__') ? part.replace(EMPHASIS, '') : part;
      // Markdown leftovers of a converted copy: "# I. MỤC TIÊU", "*Nơi nhận:*".
      if (hasMarkdownEdge(raw)) raw = raw.replace(MARKDOWN_EDGE_ALL, '');
      // A table bar alone on its line (a scraped copy's header or signature table) carries nothing.
      const text = /^\s*\|\s*$/.test(raw) ? '' : squashSpaces(raw);
      // Empty paragraphs carry nothing, except an empty table cell or content control: those are blank fields.
      if (text === '' && !p.tags.length && !p.cell) continue;
      out.push({ paragraph: p.index, text, fold: fold(text), raw, tags: p.tags, cell: p.cell });
    }
  }
  const width = wrapWidth(out);
  return { lines: unwrap(out, width), wrapWidth: width };
}

// A line that ends a sentence, or a line of capitals (a heading, a body's name), ends where it ends.
const SENTENCE_END = /[.;:!?…]["”')]*$/u;
// A line that opens an item, a label ("Thời gian thực hiện: …"), a heading or a table row starts anew.
// No `u` flag: with it, `[^\s:]` six times over stands for every astral range and took 5 ms to compile.
const OPENS_STRUCTURE = new RegExp(String.raw`^(?:[-–—+•*·]\s|\d{1,2}(?:\.\d{1,2})*[.)](?:\s|$)|[a-zđ][).]\s|[IVXL]{1,5}\s*[.\/):–-]|\|)|^[${UPPER}][^\s:]*(?:\s[^\s:]+){0,5}\s*:`);
// Words a paragraph of a plan opens with: a basis, the issuing sentence, the closing sentence.
const OPENS_PARAGRAPH = /^(?:căn cứ|thực hiện|triển khai|theo đề nghị|xét đề nghị|trên đây|nhằm|để|phần|chương|mục|điều)\s/iu;
const COLUMNS = /\S(?:\t| {3,})\s*\S|^(?:\s*\t| {8,})/;
// Words a sentence does not end on: a line ending on one was cut by the width of the page.
const OPEN_WORD = /(?:^|\s)(?:của|về|và|với|cho|các|những|tại|theo|trong|từ|đến|để|do|bằng|qua|là|được|thuộc|gồm|như|hoặc|nhằm|trước|vào|hằng|đối|tới|thì|mà|nếu|khi|cùng)$/u;
// "ngày", "tháng", "năm", "số" carry on only into the number they announce ("… ngày" / "15/12/2026"):
// "chính quyền số", "Kế hoạch năm" end headings too.
const NUMBER_WORD = /(?:^|\s)(?:ngày|tháng|năm|số)$/u;

/**
 * Whether `next` carries on the sentence a hard line break cut at the end of `line`: the line does
 * not end a sentence, and the next opens nothing of its own and starts in lower case, or the line
 * ends on a word no sentence ends on ("… về" / "UBND tỉnh"), inside a parenthesis ("(qua" /
 * "Phòng …)"), or on a number cut after its hyphen ("01/2025/TT-" / "BNV").
 */
function continuesOnto(line: PlanLine, next: PlanLine, width: number): boolean {
  if (!isProse(line) || !isProse(next)) return false;
  if (next.paragraph !== lastParagraphOf(line) + 1) return false;
  if (SENTENCE_END.test(line.text) || isMostlyUpper(line.text) || isMostlyUpper(next.text) || OPENS_STRUCTURE.test(next.text)) return false;
  if (STARTS_UPPER.test(next.text) && OPENS_PARAGRAPH.test(next.text)) return false;
  // In a copy wrapped at a width, a line the next word would not have fitted on was cut there.
  const lastPart = line.text.length - (line.joins ? line.joins[line.joins.length - 1].offset : 0);
  const nextWord = next.text.split(' ', 1)[0].length;
  if (width > 0 && lastPart + 1 + nextWord > width - 2) return true;
  if (STARTS_LOWER.test(next.text)) return true;
  if (OPEN_WORD.test(line.text) || ENDS_HYPHENATED.test(line.text) || (NUMBER_WORD.test(line.text) && /^\d/.test(next.text))) return true;
  const open = line.text.split('(').length - line.text.split(')').length;
  return open > 0;
}

/** A line of running text: not a table cell, a content control, or cells laid out with tabs or runs of spaces. */
function isProse(line: PlanLine): boolean {
  return !line.cell && line.tags.length === 0 && line.text !== '' && !COLUMNS.test(line.raw) && !/^\s*\|/.test(line.raw);
}

/**
 * The width a copy was hard-wrapped at (a PDF's text pasted as it was printed), or 0 for a copy
 * with one paragraph a line. Wrapped: its long lines all stop near one width, and most of the
 * lines that reach it stop mid-sentence; a document whose paragraphs are lines has lines of every
 * length, most of them ending a sentence.
 */
function wrapWidth(lines: PlanLine[]): number {
  const lengths: number[] = [];
  for (const l of lines) if (l.text.length >= 20 && isProse(l)) lengths.push(l.text.length);
  if (lengths.length < 20) return 0;
  const sorted = [...lengths].sort((a, b) => a - b);
  const width = sorted[Math.floor(sorted.length * 0.98)];
  if (width > 110) return 0;
  let full = 0;
  let cut = 0;
  for (const l of lines) {
    if (l.text.length < width * 0.75 || !isProse(l)) continue;
    full++;
    if (!SENTENCE_END.test(l.text) && !isMostlyUpper(l.text)) cut++;
  }
  return full >= 10 && cut >= full * 0.5 ? width : 0;
}

/**
 * One pass before every reader: the lines of a sentence a hard line break cut are read as one line
 * (with `joins` saying where each paragraph's part starts), so no reader repairs the break itself.
 * A line of the document's own layout (a blank line, a heading, an item, a label, a table cell) is
 * never joined. A Word-made document reads the same way: a PDF converted to Word keeps its lines.
 */
function unwrap(lines: PlanLine[], width: number): PlanLine[] {
  const out: PlanLine[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    if (!last || !continuesOnto(last, line, width)) {
      out.push(line);
      continue;
    }
    // A number cut after its hyphen is joined without a space.
    const sep = ENDS_HYPHENATED.test(last.text) && STARTS_UPPER.test(line.text) ? '' : ' ';
    const offset = last.text.length + sep.length;
    out[out.length - 1] = {
      ...last,
      text: last.text + sep + line.text,
      fold: last.fold + sep + line.fold,
      raw: last.raw + sep + line.raw,
      joins: [...(last.joins ?? []), { offset, paragraph: line.paragraph }],
    };
  }
  return out;
}

/** Whether a content-control tag of ours is on the line (`kh:lead` …). */
export function hasTag(line: PlanLine, tag: string): boolean {
  return line.tags.length > 0 && line.tags.includes(tag);
}
