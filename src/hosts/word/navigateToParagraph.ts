/// <reference types="office-js" />

/**
 * Paragraph `index` (1-based, body order, table cells included: the snapshot's order) as a proxy,
 * without a round trip: `getFirst()` and `getNext()` only queue, so the whole chain and the action
 * on its end travel in one sync. Loading `paragraphs` to index into `items` would need a sync first.
 */
export function navigateToParagraph(body: Word.Body, index: number): Word.Paragraph {
  let paragraph = body.paragraphs.getFirst();
  for (let i = 1; i < index; i++) paragraph = paragraph.getNext();
  return paragraph;
}
