/**
 * The order of điểm letters in a Vietnamese document (NĐ 30 Phụ lục I: "a, b, c, d, đ, e, g…"):
 * the Vietnamese alphabet without f, j, w, z.
 */
export const POINT_LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'] as const;

const POSITION = new Map<string, number>(POINT_LETTERS.map((l, i) => [l, i]));

/** Position of a điểm letter (0 for `a`), or null for a letter Vietnamese does not use. */
export function pointLetterPosition(letter: string): number | null {
  return POSITION.get(letter.toLowerCase()) ?? null;
}

/** The điểm letter for a 0-based position: 0 → a, 4 → đ. */
export function diem(index: number): string {
  const letter = POINT_LETTERS[index];
  if (!Number.isInteger(index) || letter === undefined) throw new Error(`không có chữ cái điểm thứ ${index + 1} (tối đa ${POINT_LETTERS.length})`);
  return letter;
}
