/**
 * Folding Vietnamese text for matching: lower case, no tone or vowel marks, "đ" as "d".
 * The fold keeps one character per character of the NFC input, so an index found in the folded
 * text is an index in the original: labels are matched on the fold and values cut from the text.
 */
import { LOWER, UPPER } from './letters';

// One folded code unit per UTF-16 code unit, computed on first use (0 = not yet).
const TABLE = new Uint16Array(0x10000);

function foldUnit(code: number): number {
  let f = TABLE[code];
  if (f === 0) {
    const c = String.fromCharCode(code);
    const base = c.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    f = base === 'đ' ? 100 : base.length === 1 ? base.charCodeAt(0) : c.toLowerCase().length === 1 ? c.toLowerCase().charCodeAt(0) : code;
    TABLE[code] = f;
  }
  return f;
}

let buffer = new Uint16Array(256);

/** Same length as `text` (NFC): each character lower-cased and stripped of its marks. */
export function fold(text: string): string {
  const n = text.length;
  if (buffer.length < n) buffer = new Uint16Array(Math.max(n, buffer.length * 2));
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    // ASCII needs no table: the bulk of any document.
    buffer[i] = code < 0x80 ? (code >= 65 && code <= 90 ? code + 32 : code) : foldUnit(code);
  }
  let out = '';
  // In chunks: String.fromCharCode takes a bounded number of arguments.
  for (let i = 0; i < n; i += 8192) out += String.fromCharCode.apply(null, buffer.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  return out;
}

/**
 * The fold as words, for matching phrases rather than positions: any NFC form in, everything but
 * a–z, digits and "%" as one space, trimmed. "Uỷ ban" and "Ủy ban", "hoà" and "hòa" fold the same.
 */
export function foldWords(text: string): string {
  return fold(text.normalize('NFC'))
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}

/** Runs of whitespace (tabs, no-break spaces) as one space, trimmed. */
const UNEVEN_SPACE = /[\t\n\r\f\v\u00a0\u2000-\u200b\u3000]| {2}|^ | $/;

export function squashSpaces(text: string): string {
  // Most lines are already clean: skip the copy.
  return UNEVEN_SPACE.test(text) ? text.replace(/[\s\u00a0]+/g, ' ').trim() : text;
}

const CAPITAL = new RegExp(String.raw`[${UPPER}]`, 'gu');
const SMALL = new RegExp(String.raw`[${LOWER}]`, 'gu');

/** True when the letters of `text` are (almost) all capitals: headings, agency names, titles. */
export function isMostlyUpper(text: string): boolean {
  // Counted by the regex engine rather than a per-character toUpperCase/toLowerCase loop: the
  // readers ask this of every line several times, and a pasted line of a million "…" took seconds.
  const upper = text.length - text.replace(CAPITAL, '').length;
  if (upper === 0) return false;
  const lower = text.length - text.replace(SMALL, '').length;
  return lower <= Math.max(1, upper * 0.1);
}
