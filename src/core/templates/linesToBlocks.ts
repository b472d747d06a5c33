/**
 * How a rendered template becomes blocks. One line, one paragraph; the line's first characters
 * (typed in the template, never coming from a value) say what it is:
 *
 *   # MỤC ĐÍCH, YÊU CẦU     section; the renderer numbers sections I, II, III … in plan order
 *   ## 1. Mục đích          khoản with a title (bold); the first word is the marker
 *   ### a) Nội dung …       điểm or khoản without a title (upright); first word is the marker
 *   - Nội dung …            a dash line, kept as typed
 *   > Căn cứ …; / > Thực hiện …   preamble line (Căn cứ and Thực hiện alike)
 *   anything else           body paragraph
 *   (blank line)            nothing: only spacing in the template
 *
 * Fields (`{{field "lead" …}}`) become inlines tagged for the checker.
 */
import type { Block, FieldTag, Inline } from '../blocks';
import { FIELD_CLOSE, FIELD_OPEN, FIELD_SEP, unprotect } from './markers';

// The open and separator marks of a field nested in another, and its close mark.
const NESTED_FIELD_MARK = new RegExp(`${FIELD_OPEN}[^${FIELD_SEP}]*${FIELD_SEP}|${FIELD_CLOSE}`, 'g');

/** Text with field markers → inlines; plain runs merged, field runs kept apart. */
function toInlines(text: string): Inline[] {
  const out: Inline[] = [];
  let rest = text;
  while (rest.length) {
    const open = rest.indexOf(FIELD_OPEN);
    if (open < 0) {
      out.push({ text: unprotect(rest) });
      break;
    }
    if (open > 0) out.push({ text: unprotect(rest.slice(0, open)) });
    const sep = rest.indexOf(FIELD_SEP, open);
    const close = rest.indexOf(FIELD_CLOSE, sep);
    const tag = rest.slice(open + 1, sep) as FieldTag;
    // A field inside a field keeps only the outer tag.
    const inner = rest.slice(sep + 1, close).replace(NESTED_FIELD_MARK, '');
    out.push({ text: unprotect(inner), field: tag });
    rest = rest.slice(close + 1);
  }
  return out.filter((i) => i.text !== '' || i.field);
}

/** Splits `1. Mục đích` into the marker and the rest; the marker is what precedes the first space. */
function splitMarker(rest: string): { marker: string; body: string } {
  const m = /^(\S+)\s*(.*)$/su.exec(rest);
  return m ? { marker: unprotect(m[1]), body: m[2] } : { marker: unprotect(rest), body: '' };
}

/** `numberSection` gives the numeral of the next section (the renderer keeps the count across templates). */
export function linesToBlocks(rendered: string, numberSection: () => string): Block[] {
  const blocks: Block[] = [];
  for (const raw of rendered.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') continue;
    let m: RegExpExecArray | null;
    if ((m = /^#\s+(.*)$/su.exec(line))) {
      blocks.push({ type: 'section', numeral: numberSection(), title: unprotect(m[1]).trim() });
    } else if ((m = /^(#{2,3})\s+(.*)$/su.exec(line))) {
      const { marker, body } = splitMarker(m[2]);
      blocks.push({ type: 'item', marker, inlines: toInlines(body), bold: m[1].length === 2 });
    } else if ((m = /^>\s?(.*)$/su.exec(line))) {
      blocks.push({ type: 'basis', inlines: toInlines(m[1]) });
    } else {
      blocks.push({ type: 'paragraph', inlines: toInlines(line) });
    }
  }
  return blocks;
}
