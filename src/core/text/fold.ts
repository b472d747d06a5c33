/**
 * Folding Vietnamese text for matching: lower case, no tone or vowel marks, "đ" as "d".
 * The fold keeps one character per character of the NFC input, so an index found in the folded
 * text is an index in the original: labels are matched on the fold and values cut from the text.
 */

const cache = new Map<string, string>();

function foldChar(c: string): string {
  let f = cache.get(c);
  if (f === undefined) {
    const base = c.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    f = base === 'đ' ? 'd' : base.length === 1 ? base : c.toLowerCase().length === 1 ? c.toLowerCase() : c;
    cache.set(c, f);
  }
  return f;
}

/** Same length as `text` (NFC): each character lower-cased and stripped of its marks. */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // ASCII needs no table: the bulk of any document.
    if (code < 0x80) out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i];
    else out += foldChar(text[i]);
  }
  return out;
}

/** Runs of whitespace (tabs, no-break spaces) as one space, trimmed. */
export function squashSpaces(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** True when the letters of `text` are (almost) all capitals: headings, agency names, titles. */
export function isMostlyUpper(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (const ch of text) {
    const u = ch.toUpperCase();
    const l = ch.toLowerCase();
    if (u === l) continue;
    if (ch === u) upper++;
    else lower++;
  }
  return upper > 0 && lower <= Math.max(1, upper * 0.1);
}
