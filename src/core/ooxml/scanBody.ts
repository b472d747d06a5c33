import type { DocumentSnapshot, SnapshotParagraph, SnapshotTable } from '../snapshot';
import type { Numbering } from './numbering';
import { ControlTracker } from './scan/controls';
import { PageTracker } from './scan/page';
import { ParagraphAssembler } from './scan/paragraphs';
import { SplicePoints } from './scan/splicePoints';
import { TABLE_ELEMENTS, TableTracker, type TableElement } from './scan/tables';
import { scanWordXml } from './scanXml';
import type { StyleSheet } from './styleSheet';

/** What one pass over word/document.xml yields: the paragraphs and where to splice new content. */
export interface BodyScan {
  paragraphs: SnapshotParagraph[];
  /** Offset in the document.xml string just after paragraph i+1's closing tag. */
  paragraphEnds: number[];
  /**
   * Where content "after paragraph i+1" goes: its end, or the end of the block content controls
   * it closes, so new content never lands inside another field's control.
   */
  insertAfter: number[];
  /** Offset after the last block of the body, before its final `w:sectPr`: "the end". */
  bodyEnd: number;
  page?: DocumentSnapshot['page'];
  /** Every font a run with text shows. */
  fonts: Set<string>;
  tables: SnapshotTable[];
}

/**
 * Subtrees that are not the document as it prints: deleted text, `mc:Fallback` (it repeats its
 * Choice), and the old formatting a `*Change` element keeps.
 */
const SKIPPED = new Set(['del', 'moveFrom', '#fallback', 'rPrChange', 'pPrChange', 'sectPrChange']);

/**
 * Reads document.xml in one streaming pass: paragraphs in body order (table cells, content
 * controls and text boxes included), deleted text left out, inserted text kept. The trackers in
 * `scan/` each own one kind of element; this only routes the elements to them.
 */
export function scanBody(xml: string, styles: StyleSheet, source: string, numbering?: Numbering): BodyScan {
  const paragraphs: SnapshotParagraph[] = [];
  const text = new ParagraphAssembler(styles, numbering);
  const tables = new TableTracker(styles);
  const controls = new ControlTracker();
  const page = new PageTracker();
  const splice = new SplicePoints();
  let skipping = 0;

  scanWordXml(xml, 'word/document.xml', source, {
    open(local, attr, position, depth) {
      if (skipping > 0 || (local !== null && SKIPPED.has(local))) {
        skipping++;
        return;
      }
      splice.open(local, position, depth);
      if (local !== null && TABLE_ELEMENTS.has(local)) return tables.open(local as TableElement, attr);
      switch (local) {
        case null:
        case 'body':
          return;
        case 'p':
          return text.start(controls.blockFields(), tables.cell());
        case 'sdt':
        case 'sdtPr':
        case 'showingPlcHdr':
        case 'sdtContent':
        case 'tag':
          return controls.open(local, attr, text.current());
        case 'sectPr':
        case 'pgSz':
        case 'pgMar':
          return page.open(local, attr);
        default:
          return text.open(local, attr, controls.hidden);
      }
    },
    close(local, position, depth) {
      if (skipping > 0) {
        skipping--;
        return;
      }
      splice.close(local, position, depth, !controls.innermostInParagraph());
      if (local !== null && TABLE_ELEMENTS.has(local)) return tables.close(local as TableElement);
      switch (local) {
        case null:
          return;
        case 'p': {
          const paragraph = text.end();
          if (paragraph) {
            paragraphs.push(paragraph);
            splice.paragraph(position);
          }
          return;
        }
        case 'sdt':
        case 'sdtPr':
        case 'showingPlcHdr':
        case 'sdtContent':
        case 'tag':
          return controls.close(local);
        case 'sectPr':
        case 'pgSz':
        case 'pgMar':
          return page.close(local);
        default:
          return text.close(local);
      }
    },
    text(chunk) {
      if (skipping === 0) text.text(chunk, controls.hidden);
    },
  });
  const { paragraphEnds, insertAfter, bodyEnd } = splice;
  return { paragraphs, paragraphEnds, insertAfter, bodyEnd, page: page.page, fonts: text.fonts, tables: tables.tables };
}
