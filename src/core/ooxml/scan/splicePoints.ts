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

  /** Every element that is read (other namespaces included, skipped subtrees not). */
  open(local: string | null, position: number, depth: number): void {
    if (local === 'body') {
      this.bodyDepth = depth;
      this.bodyEnd = position;
    }
  }

  /** `blockControl`: a closing `w:sdt` is a block control, not one inside a paragraph. */
  close(local: string | null, position: number, depth: number, blockControl: boolean): void {
    if (this.bodyDepth > 0 && depth === this.bodyDepth + 1 && local !== 'sectPr') this.bodyEnd = position;
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
