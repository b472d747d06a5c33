import type { ControlField } from '../../snapshot';
import { onOff } from '../scanXml';
import type { OpenParagraph } from './paragraphs';

interface OpenControl {
  tag: string | null;
  /** The paragraph a run-level control sits in; null for a block control. */
  paragraph: OpenParagraph | null;
  /** For a run-level control: where its text starts in the paragraph's parts, and its field. */
  start: number;
  field: ControlField | null;
  /** `w:showingPlcHdr`: the control is empty and shows Word's prompt, which is not document text. */
  placeholder: boolean;
  hiding: boolean;
}

export type ControlElement = 'sdt' | 'sdtPr' | 'showingPlcHdr' | 'sdtContent' | 'tag';

/**
 * Content controls (`w:sdt`): the tags around each paragraph, outermost first, each tagged
 * control's own text as a field, and the prompt of a control showing Word's placeholder hidden.
 */
export class ControlTracker {
  private readonly stack: OpenControl[] = [];
  private inPr = false;
  // Inside controls that show a placeholder prompt: paragraphs stay, their prompt text does not.
  private hiding = 0;

  /** True while the text read is a placeholder prompt, not document text. */
  get hidden(): boolean {
    return this.hiding > 0;
  }

  /** Fresh fields of the tagged block controls around a paragraph opening now, outermost first. */
  blockFields(): ControlField[] {
    return this.stack.filter((s) => s.tag).map((s) => ({ tag: s.tag!, text: '' }));
  }

  /** Whether the innermost open control sits inside a paragraph (a run-level control). */
  innermostInParagraph(): boolean {
    return !!this.stack[this.stack.length - 1]?.paragraph;
  }

  /** `paragraph` is the paragraph being read when the element opens, if any. */
  open(local: ControlElement, attr: (n: string) => string | undefined, paragraph: OpenParagraph | undefined): void {
    const s = this.stack[this.stack.length - 1];
    switch (local) {
      case 'sdt':
        this.stack.push({ tag: null, paragraph: paragraph ?? null, start: paragraph ? paragraph.parts.length : 0, field: null, placeholder: false, hiding: false });
        return;
      case 'sdtPr':
        this.inPr = true;
        return;
      case 'showingPlcHdr':
        if (this.inPr && s) s.placeholder = onOff(attr('val'));
        return;
      case 'sdtContent':
        if (s?.placeholder) {
          s.hiding = true;
          this.hiding++;
        }
        if (s && paragraph) s.start = paragraph.parts.length;
        return;
      case 'tag': {
        const val = attr('val');
        if (this.inPr && s && val) {
          s.tag = val;
          // A run-level control adds its tag to the paragraph it sits in.
          if (s.paragraph) {
            if (!s.paragraph.tags.includes(val)) s.paragraph.tags.push(val);
            s.field = { tag: val, text: '' };
            s.paragraph.fields.push(s.field);
          }
        }
        return;
      }
    }
  }

  close(local: ControlElement): void {
    if (local === 'sdtPr') this.inPr = false;
    else if (local === 'sdt') {
      const s = this.stack.pop();
      if (s?.hiding) this.hiding--;
      if (s?.field && s.paragraph) s.field.text = s.paragraph.parts.slice(s.start).join('').normalize('NFC');
    }
  }
}
