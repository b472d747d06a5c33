/** Typed numbering of Vietnamese plans: Roman sections, Arabic khoản, điểm in the Vietnamese alphabet. */
import { POINT_LETTERS } from '../text/pointLetters';
import { numberToRoman } from '../text/roman';

/** A section numeral for the renderer and the `roman` helper; outside 1…3999 is a template bug. */
export function roman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new Error(`không viết được số La Mã cho ${n}`);
  return numberToRoman(n);
}

/** The điểm letter for a 0-based position: 0 → a, 4 → đ. */
export function diem(index: number): string {
  const letter = POINT_LETTERS[index];
  if (!Number.isInteger(index) || letter === undefined) throw new Error(`không có chữ cái điểm thứ ${index + 1} (tối đa ${POINT_LETTERS.length})`);
  return letter;
}
