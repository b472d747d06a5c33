/** Roman numerals as Vietnamese plans number their sections (I … XX), in either case. */

const VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
const WELL_FORMED = /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/i;

/** The value of a well-formed numeral up to XXXIX, or null (`IIII`, `VX`, `C`, `D` are not). */
export function romanToNumber(numeral: string): number | null {
  if (!numeral || !WELL_FORMED.test(numeral)) return null;
  const s = numeral.toLowerCase();
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = VALUES[s[i]];
    const next = VALUES[s[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 ? total : null;
}

const TO_ROMAN: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** 1 → `I`, 4 → `IV`: section numerals, Word's Roman list labels, messages that name a missing section. */
export function numberToRoman(n: number): string {
  let out = '';
  for (const [v, s] of TO_ROMAN) while (n >= v) { out += s; n -= v; }
  return out;
}

/** A section numeral for the renderer and the `roman` helper; outside 1…3999 is a template bug. */
export function roman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new Error(`không viết được số La Mã cho ${n}`);
  return numberToRoman(n);
}
