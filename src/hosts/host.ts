import type { Block, FieldTag } from '../core/blocks';
import type { DocumentSnapshot, ParentLink } from '../core/snapshot';

/**
 * The one interface the pane talks to. `WordHost` implements it on Office.js, `DocxHost` on a
 * .docx in memory; the pane never knows which. Each method is one user action: on Word, one
 * `Word.run` and as few `context.sync()` calls as the job allows.
 */
export interface DocumentHost {
  readonly kind: 'word' | 'docx';
  /** Everything a check needs, in one read. */
  readSnapshot(): Promise<DocumentSnapshot>;
  /** Insert rendered blocks at the cursor (or at the end when there is none). */
  insertBlocks(blocks: Block[]): Promise<void>;
  /** Select a paragraph (1-based, as in findings) and bring it into view. */
  selectParagraph(index: number): Promise<void>;
  /** Insert a paragraph after paragraph `index`, optionally as a tagged content control. */
  insertParagraphAfter(index: number, text: string, tag?: string): Promise<void>;
  readParentLink(): Promise<ParentLink | null>;
  writeParentLink(link: ParentLink): Promise<void>;
  /**
   * Replace the text of every content control with this tag (re-rendered parent citations when the
   * parent changes), keeping the controls and their formatting; returns how many (0: none tagged).
   */
  replaceFieldText(tag: FieldTag, text: string): Promise<number>;
}
