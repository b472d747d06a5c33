import { describe, expect, it } from 'vitest';
import { alignParagraphs } from '../../src/taskpane/standalone/paragraphMap';

describe('the document view’s paragraphs and the reader’s paragraph numbers', () => {
  it('agree one to one when both draw every paragraph, empty ones and table cells included', () => {
    expect(alignParagraphs(['KẾ HOẠCH', '', 'Ô 1', 'Ô 2', 'I. MỤC ĐÍCH'], ['KẾ HOẠCH', '', 'Ô 1', 'Ô 2', 'I. MỤC ĐÍCH'])).toEqual([1, 2, 3, 4, 5]);
  });

  it('ignore spacing the renderer changes (tabs, line breaks, non-breaking spaces)', () => {
    expect(alignParagraphs(['Số:\t12/KH-UBND', 'Nơi nhận:\n- Lưu: VT.'], ['Số: 12/KH-UBND', 'Nơi nhận:- Lưu: VT.'])).toEqual([1, 2]);
  });

  it('give both pieces of a paragraph cut at a page break the same number', () => {
    expect(alignParagraphs(['Một', 'Hai ba bốn', 'Năm'], ['Một', 'Hai ba', ' bốn', 'Năm'])).toEqual([1, 2, 2, 3]);
  });

  it('skip an element the reader does not count', () => {
    expect(alignParagraphs(['Một', 'Hai', 'Ba'], ['Một', 'chú thích', 'Hai', 'Ba'])).toEqual([1, 0, 2, 3]);
  });

  it('step over a paragraph the renderer left out', () => {
    expect(alignParagraphs(['Một', 'Hai', 'Ba', 'Bốn'], ['Một', 'Ba', 'Bốn'])).toEqual([1, 3, 4]);
  });

  it('fall back to the order where texts differ (a field the renderer shows otherwise)', () => {
    expect(alignParagraphs(['Trang 1', 'Hai'], ['Trang PAGE', 'Hai'])).toEqual([1, 2]);
  });
});
