import { escapeXml } from './escapeXml';
import { taggedControlSpans, type ControlSpan } from './scan/controlSpans';

/** What replacing the text of tagged controls did: the new document.xml and how many controls changed. */
export interface ControlTextReplacement {
  xml: string;
  count: number;
}

/**
 * Replaces the text of every content control tagged `tag` in a document.xml, as Word's
 * `contentControl.insertText(text, 'Replace')` does: the control and its properties stay, its content
 * becomes one run (one paragraph for a block control) carrying the first run's formatting. Every byte
 * outside the replaced contents stays as it was. Row and cell controls are left alone (not counted):
 * a paragraph there would break the table. Malformed XML is a KhInputError naming `source`.
 */
export function replaceControlText(xml: string, tag: string, text: string, source = 'word/document.xml'): ControlTextReplacement {
  const pieces: string[] = [];
  let copied = 0;
  let count = 0;
  for (const control of taggedControlSpans(xml, tag, source)) {
    const replaced = replacedContent(xml, control, text);
    if (replaced === null) continue;
    const { pr, placeholder: cut } = control;
    pieces.push(xml.slice(copied, pr.start));
    pieces.push(cut ? xml.slice(pr.start, cut.start) + xml.slice(cut.end, pr.end) : xml.slice(pr.start, pr.end));
    pieces.push(xml.slice(pr.end, control.contentStart), replaced);
    copied = control.contentEnd;
    count++;
  }
  pieces.push(xml.slice(copied));
  return { xml: count === 0 ? xml : pieces.join(''), count };
}

/** The new content of one control, or null for a row or cell control. */
function replacedContent(xml: string, control: ControlSpan, text: string): string | null {
  const layout = control.layout;
  const paragraph = layout.paragraph;
  const paragraphAt = paragraph?.start ?? Infinity;
  if (layout.row < paragraphAt && layout.row < layout.table) return null;
  const rPr = layout.rPr ? xml.slice(layout.rPr.start, layout.rPr.end) : '';
  const run = runXml(control.prefix, rPr, text);
  if (!paragraph) return run;
  const p = `${paragraph.prefix}p`;
  const start = paragraph.selfClosing ? `<${p}>` : xml.slice(paragraph.start, paragraph.end);
  const pPr = layout.pPr ? xml.slice(layout.pPr.start, layout.pPr.end) : '';
  return `${start}${pPr}${run}</${p}>`;
}

/** One run of `text` with these properties; line breaks and tabs as Word writes them. */
function runXml(w: string, rPr: string, text: string): string {
  const pieces = text.split(/(\r\n|\n|\r|\t)/).filter((piece) => piece !== '');
  const body = pieces
    .map((piece) => (piece === '\t' ? `<${w}tab/>` : /^[\r\n]+$/.test(piece) ? `<${w}br/>` : `<${w}t xml:space="preserve">${escapeXml(piece)}</${w}t>`))
    .join('');
  return `<${w}r>${rPr}${body}</${w}r>`;
}
