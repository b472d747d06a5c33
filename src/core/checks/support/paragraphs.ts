import type { DocumentSnapshot, SnapshotParagraph } from '../../snapshot';

/** The last paragraph with text, where a finding about the end of the document goes. */
export function lastTextParagraph(snapshot: DocumentSnapshot): number {
  for (let i = snapshot.paragraphs.length - 1; i >= 0; i--) if (snapshot.paragraphs[i].text.trim()) return snapshot.paragraphs[i].index;
  return 1;
}

/** The paragraph with 1-based `index`: at position index - 1 in a snapshot as readers make it, else searched for. */
export function paragraphAt(snapshot: DocumentSnapshot, index: number): SnapshotParagraph | undefined {
  const ps = snapshot.paragraphs;
  return ps[index - 1]?.index === index ? ps[index - 1] : ps.find((p) => p.index === index);
}

/** The first paragraph matching a pattern, or undefined. */
export function firstMatching(snapshot: DocumentSnapshot, re: RegExp): SnapshotParagraph | undefined {
  return snapshot.paragraphs.find((p) => re.test(p.text));
}

/**
 * Paragraphs `from`..`to` (inclusive), without scanning the rest: snapshots list paragraphs in
 * order with index = position + 1, so the range is a slice; any other shape falls back to a filter.
 */
export function paragraphsBetween(snapshot: DocumentSnapshot, from: number, to: number): SnapshotParagraph[] {
  const ps = snapshot.paragraphs;
  const start = Math.max(from, 1);
  if (ps[start - 1]?.index === start && (to > ps.length || ps[Math.min(to, ps.length) - 1]?.index === Math.min(to, ps.length))) {
    return ps.slice(start - 1, Math.min(to, ps.length));
  }
  return ps.filter((p) => p.index >= from && p.index <= to);
}
