/**
 * Which of the reader's paragraphs (1-based, body order, table cells included: the findings'
 * numbering) each paragraph element drawn by the document view shows. Both walk the body's w:p in
 * order, so the two lists mostly agree one to one; where they do not (a paragraph the renderer splits
 * at a page break, an element it adds, a paragraph it leaves out), texts put them back in step.
 * Returns, for each drawn element, its paragraph number, or 0 when it shows none.
 */
export function alignParagraphs(reader: readonly string[], drawn: readonly string[]): number[] {
  const key = (s: string) => s.normalize('NFC').replace(/\s+/gu, '');
  const want = reader.map(key);
  const have = drawn.map(key);
  const out = new Array<number>(drawn.length).fill(0);
  const LOOKAHEAD = 5;
  let j = 0;
  for (let i = 0; i < want.length && j < have.length; i++) {
    if (have[j] === want[i]) {
      out[j++] = i + 1;
      continue;
    }
    // Pieces of one paragraph the renderer cut in two.
    if (have[j] && want[i].startsWith(have[j])) {
      let joined = have[j];
      let k = j;
      while (joined.length < want[i].length && k + 1 < have.length && want[i].startsWith(joined + have[k + 1])) joined += have[++k];
      if (joined === want[i]) {
        for (let m = j; m <= k; m++) out[m] = i + 1;
        j = k + 1;
        continue;
      }
    }
    // Elements the reader does not count, before the one that shows this paragraph.
    const ahead = want[i] ? have.slice(j + 1, j + 1 + LOOKAHEAD).indexOf(want[i]) : -1;
    if (ahead >= 0) {
      j += ahead + 1;
      out[j++] = i + 1;
      continue;
    }
    // A paragraph the renderer did not draw: the next one is the element here.
    if (want.slice(i + 1, i + 1 + LOOKAHEAD).includes(have[j]) && have[j] !== '') continue;
    // Texts differ (fields, symbols): trust the order.
    out[j++] = i + 1;
  }
  return out;
}
