import type { CellPosition, ControlField, ParagraphFormat, RunFormat, SnapshotParagraph } from '../../snapshot';
import { applyParagraphProperty, applyRunProperty, overlay, overlayRun, type RunProps } from '../formatProps';
import type { Numbering } from '../listNumbering';
import type { StyleSheet } from '../styleSheet';

interface RunState {
  style?: string;
  direct: RunProps;
  length: number;
  /** Whether the run shows more than white space: only such runs' fonts are the document's fonts. */
  visible: boolean;
}

/** A paragraph being read: its text so far, its properties, and the controls around it. */
export interface OpenParagraph {
  parts: string[];
  style?: string;
  format: ParagraphFormat;
  tags: string[];
  /** Block controls' fields take the paragraph's whole text; run controls' get theirs at closing. */
  fields: ControlField[];
  blockFields: ControlField[];
  numId?: string;
  ilvl?: number;
  cell?: CellPosition;
  run: RunState | null;
  /** Characters of text per run format, to find the dominant one. */
  weights: Map<string, { format: RunFormat; length: number }>;
  /** Notes referenced and comments anchored in the paragraph (`footnote:3`). */
  references?: string[];
}

/** The text a symbol-font character stands for. */
function symbolChar(hex: string | undefined): string {
  const code = hex ? parseInt(hex, 16) : NaN;
  if (!Number.isFinite(code)) return '';
  if (code < 0xf000 || code > 0xf0ff) return String.fromCodePoint(code);
  // Symbol/Wingdings glyphs live at F0xx; only their dashes and signs mean the ASCII character,
  // the rest (ticks, arrows, bullets) read as a bullet rather than as an unrelated letter.
  const low = code - 0xf000;
  return [0x2a, 0x2b, 0x2d, 0x3c, 0x3d, 0x3e].includes(low) ? String.fromCharCode(low) : '•';
}

function formatKey(f: RunFormat): string {
  return `${f.bold ? 1 : 0}${f.italic ? 1 : 0}${f.allCaps ? 1 : 0}|${f.sizePt ?? ''}|${f.font ?? ''}`;
}

function clean<T extends object>(o: T): T | undefined {
  const out = {} as T;
  let any = false;
  for (const k in o) if (o[k] !== undefined) {
    out[k] = o[k];
    any = true;
  }
  return any ? out : undefined;
}

/**
 * Paragraph and run assembly: the text of each `w:p` from its runs (`w:t`, tabs, breaks,
 * symbols), its style and direct formatting, the dominant run format, and Word's list number put
 * back at its head. Paragraphs nest (a text box's paragraphs sit inside a run of another).
 */
export class ParagraphAssembler {
  /** Every font a run with visible text (not only white space) shows. */
  readonly fonts = new Set<string>();
  /** `footnote:3`, `endnote:1`, `comment:0` → the paragraph its reference mark or anchor is in. */
  readonly references = new Map<string, number>();
  private readonly stack: OpenParagraph[] = [];
  private inPPr = false;
  private inRPr = false;
  private inT = false;
  private count = 0;

  constructor(
    private readonly styles: StyleSheet,
    private readonly numbering?: Numbering,
  ) {}

  /** The innermost paragraph being read. */
  current(): OpenParagraph | undefined {
    return this.stack[this.stack.length - 1];
  }

  /** A `w:p` opens inside these block controls' fields and this table cell. */
  start(blockFields: ControlField[], cell: CellPosition | undefined): void {
    const tags = blockFields.map((f) => f.tag);
    this.stack.push({ parts: [], format: {}, tags, fields: [...blockFields], blockFields, cell, run: null, weights: new Map() });
    this.inPPr = false;
  }

  /** Any element but the structure other trackers own; `hidden` while a control shows Word's prompt. */
  open(local: string, attr: (n: string) => string | undefined, hidden: boolean): void {
    const p = this.current();
    switch (local) {
      case 'pPr':
        if (p && !p.run) this.inPPr = true;
        return;
      case 'rPr':
        this.inRPr = true;
        return;
      case 'r':
        if (p) p.run = { direct: {}, length: 0, visible: false };
        return;
      case 't':
        if (p?.run) this.inT = true;
        return;
      case 'tab':
        if (!this.inRPr) this.add(p, '\t', hidden);
        return;
      case 'br':
      case 'cr':
        this.add(p, '\n', hidden);
        return;
      case 'noBreakHyphen':
        this.add(p, '-', hidden);
        return;
      case 'sym':
        this.add(p, symbolChar(attr('char')), hidden);
        return;
      case 'footnoteReference':
      case 'endnoteReference':
      case 'commentRangeStart':
      case 'commentReference': {
        const id = attr('id');
        if (p && id !== undefined) (p.references ??= []).push(`${local.startsWith('comment') ? 'comment' : local.slice(0, -'Reference'.length)}:${id}`);
        return;
      }
    }
    if (!p) return;
    if (this.inRPr && !this.inPPr && p.run) {
      if (local === 'rStyle') p.run.style = attr('val');
      else applyRunProperty(p.run.direct, local, attr);
    } else if (this.inPPr && !this.inRPr) {
      if (local === 'pStyle') p.style = attr('val');
      else if (local === 'numId') p.numId = attr('val');
      else if (local === 'ilvl') p.ilvl = Number(attr('val') ?? 0);
      else applyParagraphProperty(p.format, local, attr);
    }
  }

  close(local: string): void {
    switch (local) {
      case 'pPr':
        this.inPPr = false;
        return;
      case 'rPr':
        this.inRPr = false;
        return;
      case 'r': {
        const p = this.current();
        if (p?.run) {
          this.finishRun(p, p.run);
          p.run = null;
        }
        return;
      }
      case 't':
        this.inT = false;
        return;
    }
  }

  text(text: string, hidden: boolean): void {
    if (this.inT) this.add(this.current(), text, hidden);
  }

  /** The `w:p` closes: its snapshot paragraph, numbered in document order. */
  end(): SnapshotParagraph | undefined {
    const p = this.stack.pop();
    this.inPPr = false;
    return p ? this.finishParagraph(p) : undefined;
  }

  private add(p: OpenParagraph | undefined, text: string, hidden: boolean): void {
    if (!p?.run || hidden) return;
    p.parts.push(text);
    p.run.length += text.length;
    if (!p.run.visible && /\S/.test(text)) p.run.visible = true;
  }

  private runFormat(props: RunProps): RunFormat {
    return { bold: props.bold || undefined, italic: props.italic || undefined, sizePt: props.sizePt, font: this.styles.fontOf(props), allCaps: props.allCaps || undefined };
  }

  private finishRun(p: OpenParagraph, run: RunState): void {
    if (run.length === 0) return;
    const format = this.runFormat(overlayRun(this.styles.runBase(p.style ?? this.styles.defaultParagraphStyle, run.style), run.direct));
    if (format.font && run.visible) this.fonts.add(format.font);
    const key = formatKey(format);
    const w = p.weights.get(key);
    if (w) w.length += run.length;
    else p.weights.set(key, { format, length: run.length });
  }

  private finishParagraph(p: OpenParagraph): SnapshotParagraph {
    const styles = this.styles;
    const styleId = p.style ?? styles.defaultParagraphStyle;
    let dominant: RunFormat | undefined;
    let best = -1;
    for (const w of p.weights.values()) if (w.length > best) {
      best = w.length;
      dominant = w.format;
    }
    dominant ??= this.runFormat(styles.runBase(styleId, undefined));
    const raw = p.parts.join('');
    const paragraph: SnapshotParagraph = { index: ++this.count, text: raw.normalize('NFC'), tags: p.tags };
    if (raw !== paragraph.text) paragraph.unnormalized = raw;
    for (const ref of p.references ?? []) if (!this.references.has(ref)) this.references.set(ref, paragraph.index);
    for (const f of p.blockFields) f.text = paragraph.text;
    // Word draws list numbers that are not in the text; put them back where the reader sees them.
    const styleList = p.numId === undefined ? styles.listOf(styleId) : undefined;
    const numId = p.numId ?? styleList?.numId;
    if (this.numbering && numId && numId !== '0') {
      const item = this.numbering.next(numId, p.ilvl ?? styleList?.ilvl ?? 0);
      if (item && item.label) {
        paragraph.listLabel = item.label.normalize('NFC');
        paragraph.text = paragraph.listLabel + item.suffix + paragraph.text;
      }
    }
    if (styleId) paragraph.style = styleId;
    const styleName = styleId ? styles.styleName(styleId) : undefined;
    if (styleName) paragraph.styleName = styleName;
    const run = clean(dominant);
    if (run) paragraph.run = run;
    const format = clean(overlay(styles.paragraphBase(styleId), p.format));
    if (format) paragraph.format = format;
    if (p.fields.length > 0) paragraph.fields = p.fields;
    if (p.cell) paragraph.cell = p.cell;
    return paragraph;
  }
}
