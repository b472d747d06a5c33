import type { DocumentSnapshot } from '../snapshot';
import { openPackage, requirePart, type PackageParts } from './openPackage';
import { isLegacyVietnameseFont } from '../text/legacyEncoding';
import { findParentLink } from './parentLinkPart';
import { Numbering } from './numbering';
import { readingOrder } from './scan/readingOrder';
import { scanBody, type BodyScan } from './scanBody';
import { StyleSheet } from './styleSheet';
import { decodeXml } from './xmlBytes';

const DOCUMENT = 'word/document.xml';

/** The parts the reader needs; everything else (images, headers, fonts) is never inflated. */
export function isReaderPart(name: string): boolean {
  return (
    name === DOCUMENT ||
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
}

/** Reads already-unzipped parts; the .docx host keeps the parts and calls this after each edit. */
export function readDocxParts(parts: PackageParts, source: string): DocxRead {
  const text = (name: string) => (parts[name] ? decodeXml(parts[name]) : null);
  const documentXml = decodeXml(requirePart(parts, DOCUMENT, source));
  return readWordParts({ document: documentXml, styles: text('word/styles.xml'), theme: text('word/theme/theme1.xml'), numbering: text('word/numbering.xml') }, findParentLink(parts, source), source);
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
