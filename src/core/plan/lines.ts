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

export function toLines(snapshot: DocumentSnapshot): PlanLine[] {
  const out: PlanLine[] = [];
  for (const p of snapshot.paragraphs) {
    const parts = p.text.includes('\n') ? p.text.split('\n') : [p.text];
    for (const part of parts) {
      // Snapshot text is NFC by contract; emphasis marks are rare, so replace only when present.
      let raw = part.includes('**') || part.includes('__') ? part.replace(EMPHASIS, '') : part;
      // Markdown leftovers of a converted copy: "# I. MỤC TIÊU", "*Nơi nhận:*".
      if (hasMarkdownEdge(raw)) raw = raw.replace(MARKDOWN_EDGE_ALL, '');
      const text = squashSpaces(raw);
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
