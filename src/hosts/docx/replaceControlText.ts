import { escapeXml } from '../../core/ooxml/escapeXml';
import { scanWordXml } from '../../core/ooxml/scanXml';

/** What replacing the text of tagged controls did: the new document.xml and how many controls changed. */
export interface ControlTextReplacement {
  xml: string;
  count: number;
}

/** A range of the document.xml string: `start` at an element's `<`, `end` just after its last `>`. */
interface Range {
  start: number;
  end: number;
}

/** What a replacement needs to know of a control's content, all found while streaming through it. */
interface ContentLayout {
  /** The first paragraph's start tag, and whether it is `<w:p/>`. */
  paragraph?: Range & { selfClosing: boolean; prefix: string };
  /** That paragraph's `w:pPr`, when it is its first child. */
  pPr?: Range;
  /** The first run's `w:rPr`, when it is that run's first child. */
  rPr?: Range;
  run: boolean;
  /** Where the first row or cell, and the first table, start. */
  row: number;
  table: number;
}

/** One `<w:sdt>` of document.xml, as offsets into the XML string. */
interface ControlSpan {
  start: number;
  /** The w: namespace's prefix as this control writes it (`w:`, `ns0:`, or '' for a default namespace). */
  prefix: string;
  pr?: Range;
  /** Its first `w:showingPlcHdr`, which the new text clears. */
  placeholder?: Range;
  tag: string | null;
  contentStart?: number;
  contentEnd?: number;
  /** Element depth of the `w:sdt` itself, so only its own sdtPr/sdtContent count. */
  depth: number;
  /** Outermost control with the wanted tag: its content is what gets replaced. */
  target: boolean;
  layout?: ContentLayout;
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
  for (const control of targetControls(xml, tag, source)) {
    const replaced = replacedContent(xml, control, text);
    if (replaced === null) continue;
    const pr = control.pr!;
    const cut = control.placeholder;
    pieces.push(xml.slice(copied, pr.start));
    pieces.push(cut ? xml.slice(pr.start, cut.start) + xml.slice(cut.end, pr.end) : xml.slice(pr.start, pr.end));
    pieces.push(xml.slice(pr.end, control.contentStart), replaced);
    copied = control.contentEnd!;
    count++;
  }
  pieces.push(xml.slice(copied));
  return { xml: count === 0 ? xml : pieces.join(''), count };
}

/** Where the tag that just ended at `end` starts: attribute values may hold `>` but never `<`. */
function tagStart(xml: string, end: number): number {
  return xml.lastIndexOf('<', end - 1);
}

/** The prefix of the element whose start tag begins at `start` and whose local name is `local`. */
function prefixAt(xml: string, start: number, local: string): string {
  const name = /^<([^\s/>]+)/.exec(xml.slice(start, start + 200))?.[1] ?? '';
  return name.slice(0, name.length - local.length);
}

/**
 * One streaming pass: every complete control with this tag that no other such control holds, in
 * document order, with what its replacement needs. A stack of open controls tracks nesting.
 */
function targetControls(xml: string, tag: string, source: string): ControlSpan[] {
  const found: ControlSpan[] = [];
  const open: ControlSpan[] = [];
  // The target whose content is being read (targets never nest), and elements being watched in it.
  let target: ControlSpan | null = null;
  let depth = 0;
  let inPr: ControlSpan | null = null;
  let placeholderDepth = -1;
  let paragraphDepth = -1;
  let pPrDepth = -1;
  let runDepth = -1;
  let rPrDepth = -1;
  // Element depth whose first child is being awaited (of the first paragraph or the first run).
  let firstChildOf = -1;

  scanWordXml(xml, 'word/document.xml', source, {
    open(local, attr, position) {
      depth++;
      const parentDepth = depth - 1;
      const awaited = firstChildOf === parentDepth;
      if (awaited) firstChildOf = -1;
      if (local === null) return;
      const top = open[open.length - 1];
      if (local === 'sdt') {
        const start = tagStart(xml, position);
        open.push({ start, prefix: prefixAt(xml, start, 'sdt'), tag: null, depth, target: false });
        // An sdt written `<w:sdt/>` has no content; its close event follows at once.
      } else if (top && parentDepth === top.depth && local === 'sdtPr') {
        top.pr = { start: tagStart(xml, position), end: position };
        inPr = top;
      } else if (inPr && parentDepth === inPr.depth + 1) {
        if (local === 'tag' && inPr.tag === null) inPr.tag = attr('val') ?? null;
        if (local === 'showingPlcHdr' && !inPr.placeholder) {
          inPr.placeholder = { start: tagStart(xml, position), end: position };
          placeholderDepth = depth;
        }
      } else if (top && parentDepth === top.depth && local === 'sdtContent') {
        top.contentStart = position;
        if (top.tag === tag && target === null) {
          top.target = true;
          top.layout = { run: false, row: Infinity, table: Infinity };
          target = top;
        }
      }
      if (!target) return;
      const layout = target.layout!;
      const at = (): number => tagStart(xml, position);
      const selfClosing = xml.charCodeAt(position - 2) === 0x2f;
      switch (local) {
        case 'p':
          if (!layout.paragraph) {
            const start = at();
            layout.paragraph = { start, end: position, selfClosing, prefix: prefixAt(xml, start, 'p') };
            if (!selfClosing) {
              paragraphDepth = depth;
              firstChildOf = depth;
            }
          }
          return;
        case 'pPr':
          if (awaited && parentDepth === paragraphDepth && !layout.pPr) {
            layout.pPr = { start: at(), end: position };
            pPrDepth = depth;
          }
          return;
        case 'r':
          if (!layout.run) {
            layout.run = true;
            if (!selfClosing) {
              runDepth = depth;
              firstChildOf = depth;
            }
          }
          return;
        case 'rPr':
          if (awaited && parentDepth === runDepth && !layout.rPr) {
            layout.rPr = { start: at(), end: position };
            rPrDepth = depth;
          }
          return;
        case 'tr':
        case 'tc':
          layout.row = Math.min(layout.row, at());
          return;
        case 'tbl':
          layout.table = Math.min(layout.table, at());
          return;
      }
    },
    close(local, position) {
      const closing = depth;
      depth--;
      if (firstChildOf === closing) firstChildOf = -1;
      if (closing === placeholderDepth) {
        inPr!.placeholder!.end = position;
        placeholderDepth = -1;
      }
      if (target) {
        if (closing === pPrDepth) target.layout!.pPr!.end = position;
        if (closing === rPrDepth) target.layout!.rPr!.end = position;
        if (closing === pPrDepth) pPrDepth = -1;
        if (closing === rPrDepth) rPrDepth = -1;
        if (closing === paragraphDepth) paragraphDepth = -1;
        if (closing === runDepth) runDepth = -1;
      }
      const top = open[open.length - 1];
      if (!top || local === null) return;
      if (local === 'sdtPr' && closing === top.depth + 1) {
        top.pr!.end = position;
        inPr = null;
      } else if (local === 'sdtContent' && closing === top.depth + 1) {
        // `<w:sdtContent/>` closes where it opened: empty content.
        top.contentEnd = xml.charCodeAt(position - 2) === 0x2f ? position : tagStart(xml, position);
      } else if (local === 'sdt' && closing === top.depth) {
        open.pop();
        if (top.target) {
          target = null;
          if (top.pr && top.contentStart !== undefined && top.contentEnd !== undefined) found.push(top);
        }
      }
    },
  });
  return found;
}

/** The new content of one control, or null for a row or cell control. */
function replacedContent(xml: string, control: ControlSpan, text: string): string | null {
  const layout = control.layout!;
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
