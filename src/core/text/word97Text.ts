/**
 * A Word 97–2003 (.doc) file as a snapshot, from the text its streams hold (what `word-extractor`
 * gives on the Node side). Paragraphs end at line breaks; a table cell ends with Word's cell mark
 * (`CELL_MARK` here) and a row with a line break right after its last cell, so cells come back as
 * `CellPosition`s, row by row, as a .docx gives them. The text does not say where a table starts:
 * a cell of the first column is known by its last paragraph only (the paragraphs before it read as
 * body paragraphs), and a body paragraph between two rows ends the table. Formatting, fonts and
 * content controls are not there; headers and footers, footnotes and endnotes, and comments are
 * `outsideBody`.
 */
import type { CellPosition, DocumentSnapshot, OutsideText, SnapshotParagraph } from '../snapshot';

/** Word's end-of-cell mark (0x07 in the file), kept apart from a typed tab by the .doc reader. */
export const CELL_MARK = '\uE000';

/** The text of a .doc's parts, each paragraph ending in a line break. */
export interface Word97Text {
  body: string;
  headers?: string;
  footers?: string;
  footnotes?: string;
  endnotes?: string;
  comments?: string;
}

const PART = 'WordDocument';

function lines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').normalize('NFC').split('\n');
}

/** The body's paragraphs, with the cell each one of a table sits in. */
function bodyParagraphs(body: string): SnapshotParagraph[] {
  const paragraphs: SnapshotParagraph[] = [];
  let table = -1;
  let row = 0;
  let column = 0;
  // Inside a row: after a cell mark and before the row's end.
  let inRow = false;
  // Just after a row's end: a cell mark next continues the table, a paragraph ends it.
  let rowEnded = false;
  let text = '';
  const push = (cell?: CellPosition) => {
    paragraphs.push({ index: paragraphs.length + 1, text, tags: [], ...(cell ? { cell } : {}) });
    text = '';
  };
  const normalized = body.replace(/\r\n?/g, '\n').normalize('NFC');
  for (let i = 0; i < normalized.length; i++) {
    const ch = normalized[i];
    if (ch === CELL_MARK) {
      if (!inRow && !rowEnded) {
        table++;
        row = 0;
      }
      rowEnded = false;
      inRow = true;
      push({ table, row, column: column++ });
    } else if (ch === '\n' && inRow && normalized[i - 1] === CELL_MARK) {
      inRow = false;
      rowEnded = true;
      row++;
      column = 0;
    } else if (ch === '\n') {
      rowEnded = false;
      push(inRow ? { table, row, column } : undefined);
    } else text += ch;
  }
  if (text !== '') push();
  while (paragraphs.length > 1 && !paragraphs[paragraphs.length - 1].cell && paragraphs[paragraphs.length - 1].text.trim() === '') paragraphs.pop();
  return paragraphs;
}

/** The snapshot of a .doc's text; the body's trailing empty lines are not paragraphs. */
export function word97Snapshot(text: Word97Text, source: string): DocumentSnapshot {
  const snapshot: DocumentSnapshot = { source, paragraphs: bodyParagraphs(text.body) };
  const outside: OutsideText[] = [];
  const kinds: [OutsideText['kind'], string | undefined][] = [
    ['header', text.headers],
    ['footer', text.footers],
    ['footnote', text.footnotes],
    ['endnote', text.endnotes],
    ['comment', text.comments],
  ];
  for (const [kind, part] of kinds) {
    const shown = lines(part ?? '').map((l) => l.trim()).filter((l) => l !== '');
    if (shown.length > 0) outside.push({ kind, part: PART, text: shown.join('\n') });
  }
  if (outside.length > 0) snapshot.outsideBody = outside;
  return snapshot;
}
