import { describe, expect, it } from 'vitest';
import { paragraphAt, paragraphsBetween } from '../../../src/core/checks/support/paragraphs';
import { snapshotWith } from './builders';

describe('paragraphsBetween', () => {
  it('gives the paragraphs of a range, both ends included', () => {
    expect(paragraphsBetween(snapshotWith(10, {}), 3, 5).map((p) => p.index)).toEqual([3, 4, 5]);
  });

  it('stops at the end of the document', () => {
    expect(paragraphsBetween(snapshotWith(10, {}), 9, 40).map((p) => p.index)).toEqual([9, 10]);
  });

  it('still finds the range in a snapshot whose paragraphs are not numbered by position', () => {
    const s = snapshotWith(6, {});
    s.paragraphs = s.paragraphs.filter((p) => p.index !== 2);
    expect(paragraphsBetween(s, 3, 4).map((p) => p.index)).toEqual([3, 4]);
  });
});

describe('paragraphAt', () => {
  it('finds a paragraph by its number, also where paragraphs are not numbered by position', () => {
    expect(paragraphAt(snapshotWith(10, {}), 4)?.index).toBe(4);
    const s = snapshotWith(6, {});
    s.paragraphs = s.paragraphs.filter((p) => p.index !== 2);
    expect(paragraphAt(s, 5)?.index).toBe(5);
    expect(paragraphAt(s, 2)).toBeUndefined();
  });
});
