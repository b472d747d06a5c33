/**
 * A document as every reader hands it to the plan reader and the checks: paragraphs in body
 * order (table cells included), whatever the source (.txt, .docx, Word). Pure data, so the same
 * checks run in the pane, a worker and the CLI.
 */

/** Run formatting that checks need (NĐ 30 layout), taken from the paragraph's dominant run. */
export interface RunFormat {
  bold?: boolean;
  italic?: boolean;
  /** Font size in points. */
  sizePt?: number;
  font?: string;
  allCaps?: boolean;
}

export interface ParagraphFormat {
  alignment?: 'left' | 'center' | 'right' | 'both';
  /** First-line indent in centimetres (negative for a hanging indent). */
  firstLineIndentCm?: number;
  spaceBeforePt?: number;
  spaceAfterPt?: number;
}

/**
 * Where a paragraph sits when it is inside a table cell (0-based indices). Merged cells read as one
 * cell spanning columns and rows, as Word shows them: a task row whose lead cell spans "Chủ trì"
 * and "Phối hợp" has its next cell at the column after both.
 */
export interface CellPosition {
  /** Tables are numbered in document order, a nested table after the table it sits in. */
  table: number;
  row: number;
  /**
   * The grid column the cell starts at (`w:gridBefore` and the `w:gridSpan` of the cells before it
   * counted): in a table without merged cells, the cell's place in its row.
   */
  column: number;
  /** Grid columns the cell spans (`w:gridSpan`), when more than one. */
  colSpan?: number;
  /** Rows the cell spans (`w:vMerge="restart"` and the continuing cells under it), when more than one. */
  rowSpan?: number;
  /**
   * This cell continues, in Word's eyes, the vertically merged cell that starts at this row of the
   * same table and column (`w:vMerge` without "restart"): Word shows one cell, the text is the lead's.
   */
  continuesRow?: number;
  /** For a table nested in a cell: that cell of the enclosing table. */
  outer?: CellPosition;
}

/** A table of the document, for readers that need its shape (the cells are on the paragraphs). */
export interface SnapshotTable {
  /** The `table` of its cells' `CellPosition`. */
  index: number;
  rows: number;
  /** Grid columns (`w:tblGrid`, or the widest row when the grid is missing). */
  columns: number;
  /** Whether any border is drawn (table, table style or cell borders): a borderless table is layout, not data. */
  borders: boolean;
  /** For a nested table: the cell of the enclosing table it sits in. */
  outer?: CellPosition;
}

/** A tagged content control's text as it stands in one paragraph. */
export interface ControlField {
  tag: string;
  text: string;
}

export interface SnapshotParagraph {
  /** 1-based position in the document: the `paragraph` of a finding, the line of a .txt. */
  index: number;
  /** NFC text, tabs and breaks kept as "\t" and "\n". */
  text: string;
  /**
   * The text as the source stores it, only when that is not NFC (letters decomposed by a Mac or a
   * PDF copy, combining marks in another order): `unicode-normalization` reports it and its fix
   * must find these very characters. Without the list label `text` may start with.
   */
  unnormalized?: string;
  /**
   * The number Word draws for an automatically numbered paragraph (`I.`, `1.`, `a)`, `-`), which
   * the .docx reader also puts at the head of `text` (then a tab or space) as the reader sees it.
   */
  listLabel?: string;
  /** Style id or name as the source gives it (`Heading1`, `Normal` …); absent in .txt. */
  style?: string;
  /** Display name of that style when the source has one (`heading 1`); .docx only. */
  styleName?: string;
  run?: RunFormat;
  format?: ParagraphFormat;
  /** Tags of the enclosing content controls, outermost first (`kh:lead`, `kh:timing` …). */
  tags: string[];
  /**
   * The tagged content controls in or around this paragraph with their own text, outermost first
   * (`{tag: 'kh:lead', text: 'Sở Nội vụ'}`): the field's value without guessing the label. An empty
   * control gives `text: ''`. .docx and Word only; absent when there are none.
   */
  fields?: ControlField[];
  cell?: CellPosition;
}

/**
 * Text that prints around the body or beside it, not one of its paragraphs (Word's
 * `body.paragraphs` does not hold it, so it has no paragraph number of its own): a header's "DỰ
 * THẢO" or page number, a footnote (a citation there is shown, not a reference of the plan), a
 * reviewer's comment.
 */
export interface OutsideText {
  kind: 'header' | 'footer' | 'footnote' | 'endnote' | 'comment';
  /** Its paragraphs' text, NFC, joined by "\n"; empty paragraphs left out. */
  text: string;
  /** The package part it comes from (`word/header1.xml`, `word/footnotes.xml`). */
  part: string;
  /** A note's or comment's id in its part. */
  id?: string;
  /** The body paragraph a note's reference mark, or a comment's anchor, is in. */
  paragraph?: number;
  /** A header or footer that prints the page number (a PAGE field). */
  pageNumber?: true;
  /** Who wrote a comment. */
  author?: string;
}

/** The link from a plan to the plan it implements, stored in the document itself. */
export interface ParentLink {
  /** Id of a parent plan in the catalog (`templates/plans/<id>.yaml`), if it came from there. */
  id?: string;
  kind: string;
  number: string;
  /** ISO date. */
  date: string | null;
  issuer: string;
  title?: string;
  /**
   * What the plan did with each of the parent's tasks and targets (schema version 2): nothing of
   * the parent is dropped silently, so a checker or a province's batch check can list what a unit
   * left out and why. Absent in links written before version 2.
   */
  coverage?: CoverageEntry[];
}

/**
 * `as-written` / `reworded`: the task applies (in the parent's words or the unit's); `own-value`: a
 * target the unit sets its own value for; `not-applicable`: not carried out at this level, with
 * the reason; `merged`: carried out within another task (`into`).
 */
export type CoverageStatus = 'as-written' | 'reworded' | 'own-value' | 'not-applicable' | 'merged';

export interface CoverageEntry {
  kind: 'task' | 'target';
  /** The parent's task code (`2.c`) or target id (`nu-quy-hoach`). */
  code: string;
  status: CoverageStatus;
  /** Why it does not apply, or how it was merged. */
  reason?: string;
  /** The task code it was merged into. */
  into?: string;
  /** A task that applies: its number in this plan's tasks section (`3` for III.3). */
  at?: string;
  /** A target's own value and year. */
  value?: number;
  year?: number;
}

/**
 * A link's catalog id as the file names in templates/plans and templates/units are: lower-case
 * letters, digits and hyphens. A document is anyone's, so an id read from one is only ever this,
 * never a path (no separator, no "..").
 */
export function isCatalogId(id: string): boolean {
  return /^[a-z0-9](?:[a-z0-9-]{0,118}[a-z0-9])?$/.test(id);
}

export interface DocumentSnapshot {
  /** What the user opened (path or file name): error messages name it. */
  source: string;
  paragraphs: SnapshotParagraph[];
  /** The parent link found in the document (custom XML part), if any. */
  parentLink?: ParentLink | null;
  /**
   * Pre-Unicode Vietnamese fonts the text is set in (`.VnTime`, `VNI-Times` …): the text is then in
   * TCVN3/VNI legacy encoding, which a check reports. Absent when there are none.
   */
  legacyFonts?: string[];
  /**
   * The paragraphs' `index`es in the order a person reads them, when it differs from the document
   * order of `paragraphs`: a two-column borderless layout table (Nơi nhận beside the signature, on
   * two rows) read column by column. `paragraphs` and every `index` keep the document order, which
   * is Word's and what findings point at; a reader that follows the text walks this order.
   */
  readingOrder?: number[];
  /** Headers and footers, footnotes and endnotes, comments (.docx and Word; absent when there are none). */
  outsideBody?: OutsideText[];
  /**
   * Revisions not yet accepted (Track Changes): the text is read as it would print, insertions in
   * and deletions out. Absent when there are none.
   */
  trackedChanges?: { insertions: number; deletions: number; formatting: number; paragraph?: number };
  /** The tables of a .docx, by `index` (absent when there are none, and in .txt). */
  tables?: SnapshotTable[];
  /** Page setup when the source has one (.docx): margins in millimetres. */
  page?: { widthMm: number; heightMm: number; marginTopMm: number; marginBottomMm: number; marginLeftMm: number; marginRightMm: number };
}
