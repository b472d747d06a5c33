import type { DocumentSnapshot, SnapshotParagraph, SnapshotTable } from '../snapshot';
import type { Numbering } from './listNumbering';
import { PageTracker } from './scan/page';
import { scanParagraphs, type TrackedChanges } from './scan/scanParagraphs';
import { SplicePoints } from './scan/splicePoints';
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
  /** Every font a run with visible text (not only white space) shows. */
  fonts: Set<string>;
  tables: SnapshotTable[];
  tracked: TrackedChanges;
  /** `footnote:3`, `endnote:1`, `comment:0` → the body paragraph its reference or anchor is in. */
  references: Map<string, number>;
}

/**
 * Reads document.xml in one streaming pass: paragraphs in body order (table cells, content
 * controls and text boxes included), deleted text left out, inserted text kept; besides, the page
 * setup and the offsets the .docx host splices at.
 */
export function scanBody(xml: string, styles: StyleSheet, source: string, numbering?: Numbering): BodyScan {
  const page = new PageTracker();
  const splice = new SplicePoints();
  const scan = scanParagraphs(xml, 'word/document.xml', source, styles, numbering, {
    open(local, attr, position, depth) {
      splice.open(local, position, depth);
      if (local === 'sectPr' || local === 'pgSz' || local === 'pgMar') page.open(local, attr);
    },
    close(local, position, depth) {
      splice.close(local, position, depth);
      if (local === 'sectPr') page.close(local);
    },
    paragraph(_, position) {
      splice.paragraph(position);
    },
  });
  const { paragraphEnds, insertAfter, bodyEnd } = splice;
  return { ...scan, paragraphEnds, insertAfter, bodyEnd, page: page.page };
}
