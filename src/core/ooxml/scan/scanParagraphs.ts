import type { SnapshotParagraph, SnapshotTable } from '../../snapshot';
import type { Numbering } from '../listNumbering';
import { scanWordXml } from '../scanXml';
import type { StyleSheet } from '../styleSheet';
import { ControlTracker } from './controls';
import { ParagraphAssembler } from './paragraphs';
import { TABLE_ELEMENTS, TableTracker, type TableElement } from './tables';

/**
 * Subtrees that are not the document as it prints: deleted text, `mc:Fallback` (it repeats its
 * Choice), and the old formatting a `*Change` element keeps.
 */
const SKIPPED = new Set(['del', 'moveFrom', '#fallback', 'rPrChange', 'pPrChange', 'sectPrChange']);

/** Tracked changes a part holds: revisions Word shows until a reviewer accepts or rejects them. */
export interface TrackedChanges {
  /** `w:ins`, `w:moveTo`: text in the printed document. */
  insertions: number;
  /** `w:del`, `w:moveFrom`: text left out of it. */
  deletions: number;
  /** `w:rPrChange`, `w:pPrChange`, `w:sectPrChange`…: formatting changed. */
  formatting: number;
  /** The first paragraph holding one (or the first after it, for a revised table row). */
  paragraph?: number;
}

const INSERTION = new Set(['ins', 'moveTo']);
const DELETION = new Set(['del', 'moveFrom']);
const FORMATTING = new Set(['rPrChange', 'pPrChange', 'sectPrChange', 'tblPrChange', 'trPrChange', 'tcPrChange', 'tblGridChange', 'numberingChange']);

/** What the caller of a scan watches besides paragraphs: splice points, page setup, notes… */
export interface PartHooks {
  /** Every element that is read (other namespaces included; skipped subtrees not). */
  open?(local: string | null, attr: (n: string) => string | undefined, position: number, depth: number): void;
  close?(local: string | null, position: number, depth: number): void;
  /** Text of elements the paragraph assembler does not read (`w:instrText`). */
  text?(text: string): void;
  /** A paragraph ended at `position`. */
  paragraph?(paragraph: SnapshotParagraph, position: number): void;
}

export interface PartScan {
  paragraphs: SnapshotParagraph[];
  /** Every font a run with visible text shows. */
  fonts: Set<string>;
  tables: SnapshotTable[];
  tracked: TrackedChanges;
  /** `footnote:3`, `endnote:1`, `comment:0` → the paragraph its reference or anchor is in. */
  references: Map<string, number>;
}

/**
 * One streaming pass over a part holding paragraphs (document.xml, a header, footnotes.xml…):
 * skips what does not print and hands every other element to the tracker that owns it. The
 * trackers know nothing of each other; this passes what one needs from another (the cell and the
 * controls around a paragraph that opens, the paragraph a control opens in).
 */
export function scanParagraphs(xml: string, part: string, source: string, styles: StyleSheet, numbering: Numbering | undefined, hooks: PartHooks = {}): PartScan {
  const paragraphs: SnapshotParagraph[] = [];
  const text = new ParagraphAssembler(styles, numbering);
  const tables = new TableTracker(styles);
  const controls = new ControlTracker();
  const tracked: TrackedChanges = { insertions: 0, deletions: 0, formatting: 0 };
  let skipping = 0;
  // A revision was seen and the paragraph it is in has not closed yet.
  let revised = false;

  scanWordXml(xml, part, source, {
    open(local, attr, position, depth) {
      if (local !== null && skipping === 0) {
        const before = tracked.insertions + tracked.deletions + tracked.formatting;
        if (INSERTION.has(local)) tracked.insertions++;
        else if (DELETION.has(local)) tracked.deletions++;
        else if (FORMATTING.has(local)) tracked.formatting++;
        if (tracked.insertions + tracked.deletions + tracked.formatting > before) revised = true;
      }
      if (skipping > 0 || (local !== null && SKIPPED.has(local))) {
        skipping++;
        return;
      }
      hooks.open?.(local, attr, position, depth);
      if (local === null) return;
      if (TABLE_ELEMENTS.has(local)) return tables.open(local as TableElement, attr);
      switch (local) {
        case 'p':
          return text.start(controls.blockFields(), tables.cell());
        case 'sdt':
        case 'sdtPr':
        case 'showingPlcHdr':
        case 'sdtContent':
        case 'tag':
          return controls.open(local, attr, text.current());
        default:
          return text.open(local, attr, controls.hidden);
      }
    },
    close(local, position, depth) {
      if (skipping > 0) {
        skipping--;
        return;
      }
      hooks.close?.(local, position, depth);
      if (local === null) return;
      if (TABLE_ELEMENTS.has(local)) return tables.close(local as TableElement);
      switch (local) {
        case 'p': {
          const paragraph = text.end();
          if (paragraph) {
            paragraphs.push(paragraph);
            if (revised && tracked.paragraph === undefined) tracked.paragraph = paragraph.index;
            hooks.paragraph?.(paragraph, position);
          }
          return;
        }
        case 'sdt':
        case 'sdtPr':
        case 'showingPlcHdr':
        case 'sdtContent':
        case 'tag':
          return controls.close(local);
        default:
          return text.close(local);
      }
    },
    text(chunk) {
      if (skipping > 0) return;
      text.text(chunk, controls.hidden);
      hooks.text?.(chunk);
    },
  });
  return { paragraphs, fonts: text.fonts, tables: tables.tables, tracked, references: text.references };
}
