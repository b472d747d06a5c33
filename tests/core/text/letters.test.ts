import { describe, expect, it } from 'vitest';
import { LETTER, LOWER, MARK, UPPER, WORD_CHAR } from '../../../src/core/text/letters';

/** The blocks the classes stand for: Basic Latin to Latin Extended-B, Latin Extended Additional, Combining Diacritical Marks. */
const BLOCKS: [number, number][] = [
  [0x0000, 0x024f],
  [0x0300, 0x036f],
  [0x1e00, 0x1eff],
];
const inBlocks = (c: number) => BLOCKS.some(([a, b]) => c >= a && c <= b);

/** Every BMP code point (surrogates aside) on which `ours` and `property` disagree, inside the blocks. */
function disagreements(ours: string, property: string): string[] {
  const a = new RegExp(`^[${ours}]$`, 'u');
  const b = new RegExp(`^${property}$`, 'u');
  const out: string[] = [];
  for (let c = 0; c <= 0xffff; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    const expected = inBlocks(c) && b.test(ch);
    if (a.test(ch) !== expected) out.push(`U+${c.toString(16).toUpperCase().padStart(4, '0')}`);
  }
  return out;
}

describe('letter classes of Vietnamese text', () => {
  it('are the Unicode letter, capital, small-letter and mark properties over the Latin blocks', () => {
    expect(disagreements(LETTER, String.raw`\p{L}`)).toEqual([]);
    expect(disagreements(UPPER, String.raw`\p{Lu}`)).toEqual([]);
    expect(disagreements(LOWER, String.raw`\p{Ll}`)).toEqual([]);
    expect(disagreements(MARK, String.raw`\p{M}`)).toEqual([]);
  });

  it('hold every letter of the Vietnamese alphabet, precomposed or decomposed', () => {
    const upper = 'AĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXYÀẢÃÁẠẰẲẴẮẶẦẨẪẤẬÈẺẼÉẸỀỂỄẾỆÌỈĨÍỊÒỎÕÓỌỒỔỖỐỘỜỞỠỚỢÙỦŨÚỤỪỬỮỨỰỲỶỸÝỴ';
    const word = new RegExp(`^[${WORD_CHAR}]+$`, 'u');
    expect(new RegExp(`^[${UPPER}]+$`, 'u').test(upper)).toBe(true);
    expect(new RegExp(`^[${LOWER}]+$`, 'u').test(upper.toLowerCase())).toBe(true);
    expect(word.test('Nghị quyết số 18'.normalize('NFD').replace(/[ ]/g, ''))).toBe(true);
    expect(word.test('ngày-12')).toBe(false);
  });
});
