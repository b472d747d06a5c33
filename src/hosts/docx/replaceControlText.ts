import { escapeXml } from '../../core/ooxml/escapeXml';

/** One `<w:sdt>` element of document.xml, as offsets into the XML string. */
interface ControlSpan {
  start: number;
  end: number;
  prStart: number;
  prEnd: number;
  contentStart: number;
  contentEnd: number;
}

/** What replacing the text of tagged controls did: the new document.xml and how many controls changed. */
export interface ControlTextReplacement {
  xml: string;
  count: number;
}

const SDT_TAG = /<(\/?)w:(sdt|sdtPr|sdtContent)(?=[\s/>])[^>]*?(\/?)>/g;
const TAG_VALUE = /<w:tag\s+w:val\s*=\s*(["'])(.*?)\1\s*\/?>/;
const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Replaces the text of every content control tagged `tag` in a document.xml, as Word's
 * `contentControl.insertText(text, 'Replace')` does: the control and its properties stay, its content
 * becomes one run (one paragraph for a block control) carrying the first run's formatting. Every byte
 * outside the replaced contents stays as it was. Row and cell controls are left alone (not counted):
 * a paragraph there would break the table.
 */
export function replaceControlText(xml: string, tag: string, text: string): ControlTextReplacement {
  const tagged = controlSpans(xml).filter((c) => tagOf(xml.slice(c.prStart, c.prEnd)) === tag);
  // A tagged control inside another tagged one goes with its outer control's content.
  const outermost = tagged.filter((c) => !tagged.some((o) => o !== c && o.start < c.start && c.end <= o.end));
  let out = xml;
  let count = 0;
  for (const control of outermost.sort((a, b) => b.start - a.start)) {
    const content = xml.slice(control.contentStart, control.contentEnd);
    const replaced = replacedContent(content, text);
    if (replaced === null) continue;
    const pr = xml.slice(control.prStart, control.prEnd).replace(/<w:showingPlcHdr\s*\/>|<w:showingPlcHdr\s*>\s*<\/w:showingPlcHdr>/, '');
    out = out.slice(0, control.prStart) + pr + xml.slice(control.prEnd, control.contentStart) + replaced + out.slice(control.contentEnd);
    count++;
  }
  return { xml: out, count };
}

/** Every `<w:sdt>` with its properties and content ranges; nesting tracked so an inner control never closes an outer one. */
function controlSpans(xml: string): ControlSpan[] {
  const spans: ControlSpan[] = [];
  const open: Partial<ControlSpan>[] = [];
  for (const m of xml.matchAll(SDT_TAG)) {
    const [whole, closing, name, selfClosing] = m;
    const at = m.index;
    const top = open[open.length - 1];
    if (name === 'sdt') {
      if (!closing && !selfClosing) open.push({ start: at });
      else if (closing && top) {
        open.pop();
        top.end = at + whole.length;
        if (top.prStart !== undefined && top.prEnd !== undefined && top.contentStart !== undefined && top.contentEnd !== undefined) spans.push(top as ControlSpan);
      }
    } else if (top && name === 'sdtPr') {
      if (!closing) top.prStart = at;
      if (closing || selfClosing) top.prEnd = at + whole.length;
    } else if (top && name === 'sdtContent') {
      if (!closing) top.contentStart = at + whole.length;
      if (selfClosing) top.contentEnd = top.contentStart;
      else if (closing) top.contentEnd = at;
    }
  }
  return spans;
}

function tagOf(sdtPr: string): string | null {
  const m = TAG_VALUE.exec(sdtPr);
  return m ? m[2].replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (e, name: string) => decodeEntity(e, name)) : null;
}

function decodeEntity(entity: string, name: string): string {
  if (name[0] !== '#') return ENTITY[name] ?? entity;
  const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  return String.fromCodePoint(code);
}

/** The new content of one control, or null for a row or cell control. */
function replacedContent(content: string, text: string): string | null {
  const paragraph = firstIndex(content, 'p');
  const row = Math.min(firstIndex(content, 'tr'), firstIndex(content, 'tc'));
  if (row < paragraph && row < firstIndex(content, 'tbl')) return null;
  const run = runXml(firstRunProperties(content), text);
  if (paragraph === Infinity) return run;
  const openTag = /^<w:p\b[^>]*?\/?>/.exec(content.slice(paragraph))![0];
  const selfClosing = openTag.endsWith('/>');
  const start = selfClosing ? '<w:p>' : openTag;
  const afterOpen = paragraph + openTag.length;
  const pPr = !selfClosing && /^\s*<w:pPr(?=[\s/>])/.test(content.slice(afterOpen)) ? element(content, content.indexOf('<w:pPr', afterOpen), 'pPr') : '';
  return `${start}${pPr}${run}</w:p>`;
}

/** Where the first `<w:name>` element starts, or Infinity. */
function firstIndex(xml: string, name: string): number {
  const m = new RegExp(`<w:${name}(?=[\\s/>])`).exec(xml);
  return m ? m.index : Infinity;
}

/** The `<w:rPr>` of the first run, or '' when it has none. */
function firstRunProperties(content: string): string {
  const run = firstIndex(content, 'r');
  if (run === Infinity) return '';
  const openTag = /^<w:r\b[^>]*?\/?>/.exec(content.slice(run))![0];
  if (openTag.endsWith('/>')) return '';
  const after = run + openTag.length;
  return /^\s*<w:rPr(?=[\s/>])/.test(content.slice(after)) ? element(content, content.indexOf('<w:rPr', after), 'rPr') : '';
}

/** The whole `<w:name>` element starting at `start`, counting nested elements of the same name (tracked changes nest them). */
function element(xml: string, start: number, name: string): string {
  const pattern = new RegExp(`<(/?)w:${name}(?=[\\s/>])[^>]*?(/?)>`, 'g');
  pattern.lastIndex = start;
  let depth = 0;
  for (let m = pattern.exec(xml); m; m = pattern.exec(xml)) {
    if (m[1]) depth--;
    else if (!m[2]) depth++;
    if (depth === 0) return xml.slice(start, m.index + m[0].length);
  }
  return xml.slice(start);
}

/** One run of `text` with these properties; line breaks and tabs as Word writes them. */
function runXml(rPr: string, text: string): string {
  const pieces = text.split(/(\r\n|\n|\r|\t)/).filter((piece) => piece !== '');
  const body = pieces
    .map((piece) => (piece === '\t' ? '<w:tab/>' : /^[\r\n]+$/.test(piece) ? '<w:br/>' : `<w:t xml:space="preserve">${escapeXml(piece)}</w:t>`))
    .join('');
  return `<w:r>${rPr}${body}</w:r>`;
}
