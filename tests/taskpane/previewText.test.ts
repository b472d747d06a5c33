import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/core/blocks';
import { previewLines } from '../../src/taskpane/draft/previewText';

const header = (number: string): Block => ({ type: 'header', parentBody: null, issuer: 'UBND XÃ TÂN AN', number, placeDate: 'Tân An, ngày 15 tháng 4 năm 2026' });

describe('the draft preview', () => {
  it('prints "Số:" once when the template already wrote it, as the document will', () => {
    expect(previewLines([header('Số:      /KH-UBND')]).map((l) => l.text)).toContain('Số:      /KH-UBND');
    expect(previewLines([header('Số: 12/KH-UBND')]).map((l) => l.text)).not.toContain('Số: Số: 12/KH-UBND');
  });

  it('adds "Số:" to a bare number', () => {
    expect(previewLines([header('12/KH-UBND')]).map((l) => l.text)).toContain('Số: 12/KH-UBND');
  });
});
