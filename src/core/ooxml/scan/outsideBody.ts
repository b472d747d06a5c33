import type { OutsideText } from '../../snapshot';
import type { StyleSheet } from '../styleSheet';
import { scanParagraphs, type TrackedChanges } from './scanParagraphs';

/** The parts besides document.xml whose text prints (or is shown to reviewers), by zip-style name. */
export function isOutsideBodyPart(name: string): boolean {
  return /^word\/(?:header\d*|footer\d*|footnotes|endnotes|comments)\.xml$/.test(name);
}

// Footnote "notes" that are only the separator line Word draws above the notes.
const SEPARATOR = new Set(['separator', 'continuationSeparator', 'continuationNotice']);
const PAGE_FIELD = /^\s*PAGE\b/i;

/**
 * The text of headers and footers, footnotes and endnotes, and comments, with the same paragraph
 * reader as the body (deleted text out, inserted text in, a text box once). One entry per header or
 * footer part, per note and per comment; `references` gives the body paragraph a note's mark or a
 * comment's anchor is in. Parts come in the order given (name order keeps header1 before header2).
 */
export function scanOutsideBody(parts: [string, string][], styles: StyleSheet, source: string, references: Map<string, number>, tracked: TrackedChanges): OutsideText[] {
  const out: OutsideText[] = [];
  for (const [part, xml] of parts) {
    let entry: OutsideText | null = null;
    const lines: string[] = [];
    let instruction = false;
    const finish = () => {
      if (!entry) return;
      entry.text = lines.join('\n');
      const at = entry.id !== undefined ? references.get(`${entry.kind}:${entry.id}`) : undefined;
      if (at !== undefined) entry.paragraph = at;
      if (entry.text !== '' || entry.pageNumber) out.push(entry);
      entry = null;
      lines.length = 0;
    };
    const scan = scanParagraphs(xml, part, source, styles, undefined, {
      open(local, attr) {
        switch (local) {
          case 'hdr':
          case 'ftr':
            entry = { kind: local === 'hdr' ? 'header' : 'footer', part, text: '' };
            return;
          case 'footnote':
          case 'endnote':
            entry = SEPARATOR.has(attr('type') ?? '') ? null : { kind: local, part, id: attr('id'), text: '' };
            return;
          case 'comment': {
            entry = { kind: 'comment', part, id: attr('id'), text: '' };
            const author = attr('author');
            if (author) entry.author = author;
            return;
          }
          case 'instrText':
            instruction = true;
            return;
          case 'fldSimple':
            if (entry && PAGE_FIELD.test(attr('instr') ?? '')) entry.pageNumber = true;
            return;
        }
      },
      close(local) {
        if (local === 'instrText') instruction = false;
        else if (local === 'hdr' || local === 'ftr' || local === 'footnote' || local === 'endnote' || local === 'comment') finish();
      },
      text(text) {
        if (instruction && entry && PAGE_FIELD.test(text)) entry.pageNumber = true;
      },
      paragraph(paragraph) {
        const text = paragraph.text.trim();
        if (entry && text !== '') lines.push(text);
      },
    });
    // A revision in a header or note counts; `paragraph` stays the body's (theirs are not body paragraphs).
    tracked.insertions += scan.tracked.insertions;
    tracked.deletions += scan.tracked.deletions;
    tracked.formatting += scan.tracked.formatting;
  }
  return out;
}
