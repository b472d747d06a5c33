import { scanWordXml, selfClosing, tagStart } from '../scanXml';

/** A range of the document.xml string: `start` at an element's `<`, `end` just after its last `>`. */
export interface Range {
  start: number;
  end: number;
}

/** What a replacement needs to know of a control's content, all found while streaming through it. */
export interface ContentLayout {
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
export interface ControlSpan {
  start: number;
  /** The w: namespace's prefix as this control writes it (`w:`, `ns0:`, or '' for a default namespace). */
  prefix: string;
  pr: Range;
  /** Its first `w:showingPlcHdr`, which a new text clears. */
  placeholder?: Range;
  tag: string | null;
  contentStart: number;
  contentEnd: number;
  layout: ContentLayout;
}

interface OpenSpan extends Partial<Omit<ControlSpan, 'start' | 'prefix' | 'tag' | 'layout'>> {
  start: number;
  prefix: string;
  tag: string | null;
  /** Element depth of the `w:sdt` itself, so only its own sdtPr/sdtContent count. */
  depth: number;
  /** Outermost control with the wanted tag: its content is what gets replaced. */
  target: boolean;
  layout?: ContentLayout;
}

/** The prefix of the element whose start tag begins at `start` and whose local name is `local`. */
export function prefixAt(xml: string, start: number, local: string): string {
  const name = /^<([^\s/>]+)/.exec(xml.slice(start, start + 200))?.[1] ?? '';
  return name.slice(0, name.length - local.length);
}

/**
 * One streaming pass over document.xml: every complete content control tagged `tag` that no
 * other such control holds, in document order, as offsets with the layout of its content (first
 * paragraph, its `w:pPr`, first run's `w:rPr`, where rows and tables start). Malformed XML is a
 * KhInputError naming `source`.
 */
export function taggedControlSpans(xml: string, tag: string, source: string): ControlSpan[] {
  const found: ControlSpan[] = [];
  const open: OpenSpan[] = [];
  // The target whose content is being read (targets never nest), and elements being watched in it.
  let target: OpenSpan | null = null;
  let inPr: OpenSpan | null = null;
  let placeholderDepth = -1;
  let paragraphDepth = -1;
  let pPrDepth = -1;
  let runDepth = -1;
  let rPrDepth = -1;
  // Element depth whose first child is being awaited (of the first paragraph or the first run).
  let firstChildOf = -1;

  scanWordXml(xml, 'word/document.xml', source, {
    open(local, attr, position, depth) {
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
      const empty = selfClosing(xml, position);
      switch (local) {
        case 'p':
          if (!layout.paragraph) {
            const start = at();
            layout.paragraph = { start, end: position, selfClosing: empty, prefix: prefixAt(xml, start, 'p') };
            if (!empty) {
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
            if (!empty) {
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
    close(local, position, closing) {
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
        top.contentEnd = selfClosing(xml, position) ? position : tagStart(xml, position);
      } else if (local === 'sdt' && closing === top.depth) {
        open.pop();
        if (top.target) {
          target = null;
          const { pr, contentStart, contentEnd, layout } = top;
          if (pr && contentStart !== undefined && contentEnd !== undefined && layout) {
            found.push({ start: top.start, prefix: top.prefix, pr, placeholder: top.placeholder, tag: top.tag, contentStart, contentEnd, layout });
          }
        }
      }
    },
  });
  return found;
}
