/**
 * Where the .docx host splices new content into document.xml: after each paragraph, after the
 * block controls a paragraph closes (so new content never lands inside another field's control),
 * and at the end of the body before its final `w:sectPr`.
 */
export class SplicePoints {
  /** Offset in the document.xml string just after paragraph i+1's closing tag. */
  readonly paragraphEnds: number[] = [];
  /** Where content "after paragraph i+1" goes. */
  readonly insertAfter: number[] = [];
  bodyEnd = -1;
  private bodyDepth = -1;
  // Index of the paragraph that closed last, while only block controls have closed since.
  private lastClosed = -1;
  private openParagraphs = 0;
  /** For each open content control: whether it sits inside a paragraph (a run-level control). */
  private readonly controls: boolean[] = [];

  /** Every element that is read (other namespaces included, skipped subtrees not). */
  open(local: string | null, position: number, depth: number): void {
    if (local === 'body') {
      this.bodyDepth = depth;
      this.bodyEnd = position;
    } else if (local === 'p') this.openParagraphs++;
    else if (local === 'sdt') this.controls.push(this.openParagraphs > 0);
  }

  close(local: string | null, position: number, depth: number): void {
    if (this.bodyDepth > 0 && depth === this.bodyDepth + 1 && local !== 'sectPr') this.bodyEnd = position;
    if (local === 'p') this.openParagraphs--;
    // A block control that closes right after a paragraph: content after that paragraph goes after it.
    const blockControl = local === 'sdt' && this.controls.pop() === false;
    if (local === 'sdt' && this.lastClosed >= 0 && blockControl) this.insertAfter[this.lastClosed] = position;
    else if (local !== 'p' && local !== 'sdtContent' && local !== 'sdtEndPr' && local !== 'sdt') this.lastClosed = -1;
  }

  /** A paragraph ended at `position`. */
  paragraph(position: number): void {
    this.lastClosed = this.paragraphEnds.length;
    this.paragraphEnds.push(position);
    this.insertAfter.push(position);
  }
}
