import type { CellPosition, ControlField, DocumentSnapshot, ParagraphFormat, RunFormat, SnapshotParagraph } from '../snapshot';
import { applyParagraphProperty, applyRunProperty, overlay, type RunProps } from './formatProps';
import { onOff, scanWordXml } from './scanXml';
import { TWIPS_PER_MM } from './nd30Layout';
import type { Numbering } from './numbering';
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
  /** Every font a run with text shows. */
  fonts: Set<string>;
}

interface RunState {
  style?: string;
  direct: RunProps;
  length: number;
}

interface ParagraphState {
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
}

interface TableState {
  index: number;
  row: number;
  column: number;
}

interface SdtState {
  tag: string | null;
  paragraph: ParagraphState | null;
  /** For a run-level control: where its text starts in the paragraph's parts, and its field. */
  start: number;
  field: ControlField | null;
  /** `w:showingPlcHdr`: the control is empty and shows Word's prompt, which is not document text. */
  placeholder: boolean;
  hiding: boolean;
}

function mm(twips: string | undefined): number | undefined {
  const n = Number(twips);
  return twips !== undefined && Number.isFinite(n) ? Math.round((n / TWIPS_PER_MM) * 10) / 10 : undefined;
}

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
 * Reads document.xml in one streaming pass: paragraphs in body order (table cells, content
 * controls and text boxes included), deleted text left out, inserted text kept.
 */
export function scanBody(xml: string, styles: StyleSheet, source: string, numbering?: Numbering): BodyScan {
  const paragraphs: SnapshotParagraph[] = [];
  const paragraphEnds: number[] = [];
  const insertAfter: number[] = [];
  // Index of the paragraph that closed last, while only block controls have closed since.
  let lastClosed = -1;
  const fonts = new Set<string>();
  const pStack: ParagraphState[] = [];
  const tables: TableState[] = [];
  const sdts: SdtState[] = [];
  let tableCount = 0;
  let skipDepth = 0;
  let depth = 0;
  let bodyDepth = -1;
  let bodyEnd = -1;
  let inPPr = false;
  let inRPr = false;
  let inSdtPr = false;
  // Inside controls that show a placeholder prompt: paragraphs stay, their prompt text does not.
  let hidden = 0;
  let inSectPr = false;
  let inT = false;
  let page: BodyScan['page'];
  let sectPage: Partial<NonNullable<BodyScan['page']>> = {};

  const top = (): ParagraphState | undefined => pStack[pStack.length - 1];

  const finishRun = (p: ParagraphState, run: RunState) => {
    if (run.length === 0) return;
    const props = overlay(styles.runBase(p.style ?? styles.defaultParagraphStyle, run.style), run.direct);
    const format: RunFormat = { bold: props.bold || undefined, italic: props.italic || undefined, sizePt: props.sizePt, font: styles.fontOf(props), allCaps: props.allCaps || undefined };
    if (format.font) fonts.add(format.font);
    const key = formatKey(format);
    const w = p.weights.get(key);
    if (w) w.length += run.length;
    else p.weights.set(key, { format, length: run.length });
  };

  const finishParagraph = (p: ParagraphState, end: number) => {
    const styleId = p.style ?? styles.defaultParagraphStyle;
    let dominant: RunFormat | undefined;
    let best = -1;
    for (const w of p.weights.values()) if (w.length > best) {
      best = w.length;
      dominant = w.format;
    }
    if (!dominant) {
      const props = styles.runBase(styleId, undefined);
      dominant = { bold: props.bold || undefined, italic: props.italic || undefined, sizePt: props.sizePt, font: styles.fontOf(props), allCaps: props.allCaps || undefined };
    }
    const paragraph: SnapshotParagraph = {
      index: paragraphs.length + 1,
      text: p.parts.join('').normalize('NFC'),
      tags: p.tags,
    };
    for (const f of p.blockFields) f.text = paragraph.text;
    // Word draws list numbers that are not in the text; put them back where the reader sees them.
    const styleList = p.numId === undefined ? styles.listOf(styleId) : undefined;
    const numId = p.numId ?? styleList?.numId;
    if (numbering && numId && numId !== '0') {
      const item = numbering.next(numId, p.ilvl ?? styleList?.ilvl ?? 0);
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
    paragraphs.push(paragraph);
    paragraphEnds.push(end);
    insertAfter.push(end);
  };

  scanWordXml(xml, 'word/document.xml', source, {
    open(local, attr, position) {
      depth++;
      if (skipDepth > 0) {
        skipDepth++;
        return;
      }
      if (local === null) return;
      const p = top();
      switch (local) {
        case 'del':
        case 'moveFrom':
        case '#fallback':
        case 'rPrChange':
        case 'pPrChange':
        case 'sectPrChange':
          // Deleted text is not in the document; a Fallback repeats its Choice; *Change holds old formatting.
          skipDepth = 1;
          return;
        case 'body':
          bodyDepth = depth;
          bodyEnd = position;
          return;
        case 'p': {
          const table = tables[tables.length - 1];
          const tags: string[] = [];
          const blockFields: ControlField[] = [];
          for (const s of sdts) if (s.tag) {
            tags.push(s.tag);
            blockFields.push({ tag: s.tag, text: '' });
          }
          pStack.push({ parts: [], format: {}, tags, fields: [...blockFields], blockFields, cell: table ? { table: table.index, row: table.row, column: table.column } : undefined, run: null, weights: new Map() });
          inPPr = false;
          return;
        }
        case 'pPr':
          if (p && !p.run) inPPr = true;
          return;
        case 'rPr':
          inRPr = true;
          return;
        case 'r':
          if (p) p.run = { direct: {}, length: 0 };
          return;
        case 't':
          if (p?.run) inT = true;
          return;
        case 'tab':
          if (p?.run && !inRPr && hidden === 0) {
            p.parts.push('\t');
            p.run.length++;
          }
          return;
        case 'br':
        case 'cr':
          if (p?.run && hidden === 0) {
            p.parts.push('\n');
            p.run.length++;
          }
          return;
        case 'noBreakHyphen':
          if (p?.run && hidden === 0) {
            p.parts.push('-');
            p.run.length++;
          }
          return;
        case 'sym':
          if (p?.run && hidden === 0) {
            const ch = symbolChar(attr('char'));
            p.parts.push(ch);
            p.run.length += ch.length;
          }
          return;
        case 'tbl':
          tables.push({ index: tableCount++, row: -1, column: -1 });
          return;
        case 'tr': {
          const t = tables[tables.length - 1];
          if (t) {
            t.row++;
            t.column = -1;
          }
          return;
        }
        case 'tc': {
          const t = tables[tables.length - 1];
          if (t) t.column++;
          return;
        }
        case 'sdt':
          sdts.push({ tag: null, paragraph: p ?? null, start: p ? p.parts.length : 0, field: null, placeholder: false, hiding: false });
          return;
        case 'sdtPr':
          inSdtPr = true;
          return;
        case 'showingPlcHdr': {
          const s = sdts[sdts.length - 1];
          if (inSdtPr && s) s.placeholder = onOff(attr('val'));
          return;
        }
        case 'sdtContent': {
          const s = sdts[sdts.length - 1];
          if (s?.placeholder) {
            s.hiding = true;
            hidden++;
          }
          if (s && p) s.start = p.parts.length;
          return;
        }
        case 'tag': {
          const s = sdts[sdts.length - 1];
          const val = attr('val');
          if (inSdtPr && s && val) {
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
        case 'sectPr':
          inSectPr = true;
          sectPage = {};
          return;
        case 'pgSz':
          if (inSectPr) {
            sectPage.widthMm = mm(attr('w'));
            sectPage.heightMm = mm(attr('h'));
          }
          return;
        case 'pgMar':
          if (inSectPr) {
            sectPage.marginTopMm = mm(attr('top'));
            sectPage.marginBottomMm = mm(attr('bottom'));
            sectPage.marginLeftMm = mm(attr('left'));
            sectPage.marginRightMm = mm(attr('right'));
          }
          return;
      }
      if (!p) return;
      if (inRPr && !inPPr && p.run) {
        if (local === 'rStyle') p.run.style = attr('val');
        else applyRunProperty(p.run.direct, local, attr);
      } else if (inPPr && !inRPr) {
        if (local === 'pStyle') p.style = attr('val');
        else if (local === 'numId') p.numId = attr('val');
        else if (local === 'ilvl') p.ilvl = Number(attr('val') ?? 0);
        else applyParagraphProperty(p.format, local, attr);
      }
    },
    close(local, position) {
      if (skipDepth > 0) {
        skipDepth--;
        depth--;
        return;
      }
      if (depth === bodyDepth + 1 && local !== 'sectPr' && bodyDepth > 0) bodyEnd = position;
      depth--;
      if (local === 'sdt' && lastClosed >= 0 && !sdts[sdts.length - 1]?.paragraph) insertAfter[lastClosed] = position;
      else if (local !== 'p' && local !== 'sdtContent' && local !== 'sdtEndPr' && local !== 'sdt') lastClosed = -1;
      if (local === null) return;
      switch (local) {
        case 'p': {
          const p = pStack.pop();
          if (p) finishParagraph(p, position);
          lastClosed = paragraphs.length - 1;
          inPPr = false;
          return;
        }
        case 'pPr':
          inPPr = false;
          return;
        case 'rPr':
          inRPr = false;
          return;
        case 'r': {
          const p = top();
          if (p?.run) {
            finishRun(p, p.run);
            p.run = null;
          }
          return;
        }
        case 't':
          inT = false;
          return;
        case 'tbl':
          tables.pop();
          return;
        case 'sdt': {
          const s = sdts.pop();
          if (s?.hiding) hidden--;
          if (s?.field && s.paragraph) s.field.text = s.paragraph.parts.slice(s.start).join('').normalize('NFC');
          return;
        }
        case 'sdtPr':
          inSdtPr = false;
          return;
        case 'sectPr': {
          inSectPr = false;
          const s = sectPage;
          // The body's own sectPr comes last, so the final section's page wins.
          if (s.widthMm !== undefined && s.heightMm !== undefined) {
            page = { widthMm: s.widthMm, heightMm: s.heightMm, marginTopMm: s.marginTopMm ?? 0, marginBottomMm: s.marginBottomMm ?? 0, marginLeftMm: s.marginLeftMm ?? 0, marginRightMm: s.marginRightMm ?? 0 };
          }
          return;
        }
      }
    },
    text(text) {
      if (!inT || skipDepth > 0 || hidden > 0) return;
      const p = top();
      if (!p?.run) return;
      p.parts.push(text);
      p.run.length += text.length;
    },
  });
  return { paragraphs, paragraphEnds, insertAfter, bodyEnd, page, fonts };
}
