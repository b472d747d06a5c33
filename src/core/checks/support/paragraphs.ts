import type { DocumentSnapshot, SnapshotParagraph } from '../../snapshot';

/** The last paragraph with text, where a finding about the end of the document goes. */
export function lastTextParagraph(snapshot: DocumentSnapshot): number {
  for (let i = snapshot.paragraphs.length - 1; i >= 0; i--) if (snapshot.paragraphs[i].text.trim()) return snapshot.paragraphs[i].index;
  return 1;
}

/** The first paragraph matching a pattern, or undefined. */
export function firstMatching(snapshot: DocumentSnapshot, re: RegExp): SnapshotParagraph | undefined {
  return snapshot.paragraphs.find((p) => re.test(p.text));
}
