import { describe, expect, it } from 'vitest';
import { diem, POINT_LETTERS } from '../../../src/core/text/pointLetters';
import { roman } from '../../../src/core/text/roman';

describe('typed numbering', () => {
  it('numbers sections in Roman numerals', () => {
    expect([1, 2, 3, 4, 5, 6, 9, 14, 40].map(roman)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'IX', 'XIV', 'XL']);
    expect(() => roman(0)).toThrow();
  });

  it('letters điểm in Vietnamese order: đ after d, no f, j, w, z', () => {
    expect(POINT_LETTERS.join(' ')).toBe('a b c d đ e g h i k l m n o p q r s t u v x y');
    expect(diem(3)).toBe('d');
    expect(diem(4)).toBe('đ');
    expect(diem(6)).toBe('g');
    expect(() => diem(23)).toThrow(/tối đa 23/);
  });
});
