/**
 * The snapshot as the reader sees it: non-blank lines, each with the paragraph it came from, its
 * text cleaned of markdown-ish emphasis ("**KT. CHỦ TỊCH") and its fold for matching labels.
 * A .docx paragraph with line breaks gives several lines with the same paragraph number.
 */
import { fold, squashSpaces } from '../text/fold';
import type { CellPosition, DocumentSnapshot } from '../snapshot';

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
  return out;
}

/** Whether a content-control tag of ours is on the line (`kh:lead` …). */
export function hasTag(line: PlanLine, tag: string): boolean {
  return line.tags.length > 0 && line.tags.includes(tag);
}
