import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vnRegex } from '../../../src/core/checks/support/vnRegex';

describe('vnRegex: \\b is a boundary of Vietnamese words', () => {
  it('finds a word between spaces or punctuation, not inside a longer word', () => {
    const re = vnRegex(String.raw`\blý\b`, 'giu');
    expect('quản lý, Lý do; lýa; đlý; lý'.match(re)).toEqual(['lý', 'Lý', 'lý']);
  });

  it('keeps lookarounds around a word: "quản" not followed by "lý"', () => {
    const re = vnRegex(String.raw`(?<=lãnh đạo(?:,| và)\s+)quản(?!\s+(?:lý|trị))\b`);
    expect(re.exec('lãnh đạo và quản nhằm')?.index).toBe(12);
    expect(re.exec('lãnh đạo và quản lý nhằm')).toBeNull();
    expect(re.exec('lãnh đạo và quảng bá')).toBeNull();
  });

  it('behaves as a global regex in match, replace, split, matchAll and lastIndex', () => {
    const re = vnRegex(String.raw`\bhằng năm\b`, 'giu');
    const text = 'Hằng năm, hằng năm và hằng nămm';
    expect(text.match(re)).toEqual(['Hằng năm', 'hằng năm']);
    expect(text.replace(re, 'X')).toBe('X, X và hằng nămm');
    expect(text.split(re)).toEqual(['', ', ', ' và hằng nămm']);
    expect([...text.matchAll(re)].map((m) => m.index)).toEqual([0, 10]);
    re.lastIndex = 5;
    expect(re.exec(text)?.index).toBe(10);
    expect(re.lastIndex).toBe(18);
    expect(re.exec('không có')).toBeNull();
    expect(re.lastIndex).toBe(0);
  });

  it('keeps a \\b inside a negative lookaround as a boundary', () => {
    const re = vnRegex(String.raw`\bban(?!\s+hành\b)`);
    expect(re.test('ban hành văn bản')).toBe(false);
    expect(re.test('ban hànhx')).toBe(true);
  });

  it('matches exactly what the same pattern built at once matches, on any text of Vietnamese words', () => {
    const patterns = [String.raw`\bquản lý\b`, String.raw`\bkỹ\b`, String.raw`\bphần đầu(?=\s+(?:đến năm|đạt)\b)`, String.raw`(?<=\s)lý\b`];
    const word = fc.constantFrom('quản', 'lý', 'kỹ', 'Kỹ', 'phần', 'đầu', 'đến', 'năm', 'đạt', 'lýa', 'ă', '2030', 'x');
    const gap = fc.constantFrom(' ', ', ', '', '\u0301', '. ');
    const text = fc.array(fc.tuple(word, gap), { maxLength: 12 }).map((parts) => parts.flat().join(''));
    for (const pattern of patterns) {
      const re = vnRegex(pattern, 'giu');
      const reference = new RegExp(re.source, re.flags);
      fc.assert(fc.property(text, (t) => {
          expect(t.match(re)).toEqual(t.match(reference));
        }), { numRuns: 300, seed: 11 });
    }
  });
});
