import type { Block, FieldTag } from '../core/blocks';
import type { DocumentSnapshot, ParentLink } from '../core/snapshot';

/**
 * The one interface the pane talks to. `WordHost` implements it on Office.js, `DocxHost` on a
 * .docx in memory; the pane never knows which. Each method is one user action: on Word, one
 * `Word.run` and as few `context.sync()` calls as the job allows.
 */
/** What an insertion did, so the pane can say it without reading the document again. */
export interface Insertion {
  /** Paragraphs added to the document. */
  paragraphs: number;
  /** 1-based index of the first added paragraph, where the host knows it cheaply (the .docx host); null in Word. */
  first: number | null;
}

export interface DocumentHost {
  /** Everything a check needs, in one read. */
  readSnapshot(): Promise<DocumentSnapshot>;
  /**
   * Insert rendered blocks after paragraph `after` (1-based; 0: before the first) when given, else
   * at the cursor (or at the end when there is none); the cursor follows them.
   */
  insertBlocks(blocks: Block[], after?: number): Promise<Insertion>;
  /** The paragraph the cursor is in, where the host knows it without a round trip (the .docx host); null otherwise. */
  cursorParagraph(): Promise<number | null>;
  /** Select a paragraph (1-based, as in findings) and bring it into view. */
  selectParagraph(index: number): Promise<void>;
  /** Insert a paragraph after paragraph `index`, optionally as a tagged content control. */
  insertParagraphAfter(index: number, text: string, tag?: string): Promise<void>;
  /**
   * In paragraph `index`, replace the first occurrence of `find` with `replace` (a fix: a name, a
   * normalisation, leftover markup), keeping the paragraph and the formatting around it.
   */
  replaceText(index: number, find: string, replace: string): Promise<void>;
  /**
   * Convert every run of the body set in a TCVN3 or VNI font to Unicode in Times New Roman (the
   * legacy-encoding fix), leaving every other run as it was; returns how many runs changed.
   */
  convertLegacyText(): Promise<number>;
  readParentLink(): Promise<ParentLink | null>;
  writeParentLink(link: ParentLink): Promise<void>;
  /**
   * Replace the text of every content control with this tag (re-rendered parent citations when the
   * parent changes), keeping the controls and their formatting; returns how many (0: none tagged).
   */
  replaceFieldText(tag: FieldTag, text: string): Promise<number>;
}
