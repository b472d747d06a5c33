/** Typed numbering of Vietnamese plans: Roman sections, Arabic khoản, điểm in the Vietnamese alphabet. */

const ROMAN: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

export function roman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new Error(`không viết được số La Mã cho ${n}`);
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (n >= value) {
      out += letters;
      n -= value;
    }
  }
  return out;
}

/** Điểm letters in order (NĐ 30 Phụ lục I II.6đ): no f, j, w, z; đ after d. */
export const DIEM_LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'] as const;

/** The điểm letter for a 0-based position: 0 → a, 4 → đ. */
export function diem(index: number): string {
  const letter = DIEM_LETTERS[index];
  if (!Number.isInteger(index) || letter === undefined) throw new Error(`không có chữ cái điểm thứ ${index + 1} (tối đa ${DIEM_LETTERS.length})`);
  return letter;
}
