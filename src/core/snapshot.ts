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

/** Where a paragraph sits when it is inside a table cell (0-based indices). */
export interface CellPosition {
  table: number;
  row: number;
  column: number;
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
  /** Page setup when the source has one (.docx): margins in millimetres. */
  page?: { widthMm: number; heightMm: number; marginTopMm: number; marginBottomMm: number; marginLeftMm: number; marginRightMm: number };
}
