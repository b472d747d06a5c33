import { escapeXml } from './escapeXml';
import { FONT } from './nd30Layout';

export interface RunSpec {
  sizePt: number;
  bold?: boolean;
  italic?: boolean;
}

export interface ParagraphSpec {
  align: 'left' | 'center' | 'right' | 'both';
  /** Twips. */
  firstLine?: number;
  indentLeft?: number;
  indentRight?: number;
  before?: number;
  after?: number;
  /** 240ths of a line; single when absent. */
  line?: number;
  keepNext?: boolean;
  /** A rule drawn as the paragraph's top border (used on an empty, tiny paragraph). */
  ruleAbove?: boolean;
}

/** `w:rPr`, children in schema order (Word rejects out-of-order properties). */
function runProperties(run: RunSpec): string {
  const half = Math.round(run.sizePt * 2);
  return (
    `<w:rPr><w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:eastAsia="${FONT}" w:cs="${FONT}"/>` +
    (run.bold ? '<w:b/><w:bCs/>' : '') +
    (run.italic ? '<w:i/><w:iCs/>' : '') +
    `<w:sz w:val="${half}"/><w:szCs w:val="${half}"/></w:rPr>`
  );
}

/** `w:pPr` in schema order; the paragraph mark gets the run's size so empty lines keep their height. */
function paragraphProperties(p: ParagraphSpec, mark: RunSpec): string {
  let xml = '<w:pPr>';
  if (p.keepNext) xml += '<w:keepNext/>';
  if (p.ruleAbove) xml += '<w:pBdr><w:top w:val="single" w:sz="6" w:space="0" w:color="000000"/></w:pBdr>';
  xml += `<w:spacing w:before="${p.before ?? 0}" w:after="${p.after ?? 0}" w:line="${p.line ?? 240}" w:lineRule="auto"/>`;
  if (p.firstLine || p.indentLeft || p.indentRight) {
    xml += `<w:ind w:left="${p.indentLeft ?? 0}" w:right="${p.indentRight ?? 0}"${p.firstLine ? ` w:firstLine="${p.firstLine}"` : ''}/>`;
  }
  xml += `<w:jc w:val="${p.align}"/>${runProperties(mark)}</w:pPr>`;
  return xml;
}

/** The inside of a run for `text`: NFC, escaped once, "\n" as `w:br`, "\t" as `w:tab`; '' for no text. */
export function runContentXml(text: string): string {
  let content = '';
  for (const piece of text.normalize('NFC').split(/(\n|\t)/)) {
    if (piece === '\n') content += '<w:br/>';
    else if (piece === '\t') content += '<w:tab/>';
    else if (piece !== '') content += `<w:t xml:space="preserve">${escapeXml(piece)}</w:t>`;
  }
  return content;
}

/** One run for `text` with the run's properties, or '' for no text. */
export function runsXml(text: string, run: RunSpec): string {
  const content = runContentXml(text);
  return content ? `<w:r>${runProperties(run)}${content}</w:r>` : '';
}

export function paragraphXml(p: ParagraphSpec, mark: RunSpec, content: string): string {
  return `<w:p>${paragraphProperties(p, mark)}${content}</w:p>`;
}

/** A short horizontal rule of `width` twips, centred in a column of `column` twips. */
export function ruleXml(column: number, width: number, after = 0): string {
  const side = Math.max(0, Math.round((column - width) / 2));
  // The border sits on top of a tiny empty paragraph a little below the text it underlines.
  return paragraphXml({ align: 'center', indentLeft: side, indentRight: side, before: 90, after, ruleAbove: true }, { sizePt: 2 }, '');
}

/**
 * The paragraph Word wants after a table that ends the body: 1 pt high, so a signature table that
 * fills the page does not push a blank page after it.
 */
export function closingParagraphXml(): string {
  return '<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/><w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:pPr></w:p>';
}
