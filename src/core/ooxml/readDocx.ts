import type { DocumentSnapshot } from '../snapshot';
import { openPackage, requirePart, type PackageParts } from './openPackage';
import { isLegacyVietnameseFont } from './legacyFonts';
import { findParentLink } from './parentLinkPart';
import { scanBody, type BodyScan } from './scanBody';
import { StyleSheet } from './styleSheet';
import { decodeXml } from './xmlBytes';

const DOCUMENT = 'word/document.xml';

/** The parts the reader needs; everything else (images, headers, fonts) is never inflated. */
export function isReaderPart(name: string): boolean {
  return (
    name === DOCUMENT ||
    name === 'word/styles.xml' ||
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

/** Reads already-unzipped parts; the .docx host keeps the parts and calls this after each edit. */
export function readDocxParts(parts: PackageParts, source: string): DocxRead {
  const documentXml = decodeXml(requirePart(parts, DOCUMENT, source));
  const stylesPart = parts['word/styles.xml'];
  const themePart = parts['word/theme/theme1.xml'];
  const styles = StyleSheet.parse(stylesPart ? decodeXml(stylesPart) : null, themePart ? decodeXml(themePart) : null, source);
  const scan = scanBody(documentXml, styles, source);
  const snapshot: DocumentSnapshot = { source, paragraphs: scan.paragraphs, parentLink: findParentLink(parts, source) };
  if (scan.page) snapshot.page = scan.page;
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
