import type { DocumentSnapshot } from '../snapshot';
import { openPackage, requirePart, type PackageParts } from './openPackage';
import { isLegacyVietnameseFont } from '../text/legacyEncoding';
import { findParentLink } from './parentLinkPart';
import { Numbering } from './listNumbering';
import { isOutsideBodyPart, scanOutsideBody } from './scan/outsideBody';
import { readingOrder } from './scan/readingOrder';
import { scanBody, type BodyScan } from './scanBody';
import { StyleSheet } from './styleSheet';
import { decodeXml } from './xmlBytes';

const DOCUMENT = 'word/document.xml';

/** The parts the reader needs; everything else (images, fonts, settings) is never inflated. */
export function isReaderPart(name: string): boolean {
  return (
    name === DOCUMENT ||
    isOutsideBodyPart(name) ||
    name === 'word/styles.xml' ||
    name === 'word/numbering.xml' ||
    name === 'word/theme/theme1.xml' ||
    (name.startsWith('customXml/item') && !name.startsWith('customXml/itemProps') && name.endsWith('.xml'))
  );
}

/** A .docx as the checks see it, plus where the .docx host splices new content. */
export interface DocxRead {
  snapshot: DocumentSnapshot;
  scan: BodyScan;
  documentXml: string;
}

/** The XML text of the parts the reader uses, however the package holds them (zip or flat OPC). */
export interface WordPartTexts {
  document: string;
  styles: string | null;
  theme: string | null;
  numbering?: string | null;
  /** Headers, footers, footnotes, endnotes and comments, by part name (`word/header1.xml`). */
  outside?: Record<string, string>;
}

/** Reads already-unzipped parts; the .docx host keeps the parts and calls this after each edit. */
export function readDocxParts(parts: PackageParts, source: string): DocxRead {
  const text = (name: string) => (parts[name] ? decodeXml(parts[name], name, source) : null);
  const documentXml = decodeXml(requirePart(parts, DOCUMENT, source), DOCUMENT, source);
  const outside: Record<string, string> = {};
  for (const name in parts) if (isOutsideBodyPart(name)) outside[name] = decodeXml(parts[name], name, source);
  return readWordParts({ document: documentXml, styles: text('word/styles.xml'), theme: text('word/theme/theme1.xml'), numbering: text('word/numbering.xml'), outside }, findParentLink(parts, source), source);
}

/** The snapshot of a package's text parts; `parentLink` comes from wherever the host keeps it. */
export function readWordParts(texts: WordPartTexts, parentLink: DocumentSnapshot['parentLink'], source: string): DocxRead {
  const documentXml = texts.document;
  const styles = StyleSheet.parse(texts.styles, texts.theme, source);
  const scan = scanBody(documentXml, styles, source, texts.numbering ? Numbering.parse(texts.numbering, source) : undefined);
  const snapshot: DocumentSnapshot = { source, paragraphs: scan.paragraphs, parentLink };
  if (scan.page) snapshot.page = scan.page;
  if (scan.tables.length > 0) snapshot.tables = scan.tables;
  const order = readingOrder(scan.paragraphs, scan.tables);
  if (order) snapshot.readingOrder = order;
  // The other parts' revisions add to the count; the paragraph stays the body's.
  const tracked = { ...scan.tracked };
  const outsideParts = Object.entries(texts.outside ?? {}).sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }));
  const outside = scanOutsideBody(outsideParts, styles, source, scan.references, tracked);
  if (outside.length > 0) snapshot.outsideBody = outside;
  if (tracked.insertions + tracked.deletions + tracked.formatting > 0) snapshot.trackedChanges = tracked;
  const legacy = [...scan.fonts].filter(isLegacyVietnameseFont);
  if (legacy.length > 0) snapshot.legacyFonts = legacy;
  return { snapshot, scan, documentXml };
}

/**
 * A .docx (bytes) as a snapshot: paragraphs with text, style, formatting, content-control tags
 * and table cells; page setup; the parent link. Pure: runs in the pane, a worker and Node.
 * Every way the file can be unusable is a KhInputError naming `source`.
 */
export function readDocx(bytes: Uint8Array, source: string): DocumentSnapshot {
  return readDocxParts(openPackage(bytes, source, isReaderPart), source).snapshot;
}
