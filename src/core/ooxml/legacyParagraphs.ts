import { legacyFace } from '../text/legacyConvert';
import { convertLegacyFlatOpc } from './convertLegacyRuns';

/**
 * Whether a paragraph whose font Word reports as `font` may hold TCVN3/VNI runs: a legacy face, or
 * no single face (Word reports '' or null for a paragraph of mixed fonts), so its OOXML is worth reading.
 */
export function mayHoldLegacyRuns(font: string | null | undefined): boolean {
  return !font || legacyFace(font) !== null;
}

/** One paragraph's conversion: the OOXML to write over it, and how many runs changed. */
export interface ParagraphConversion {
  xml: string;
  runs: number;
}

/**
 * A paragraph's flat OPC (what Word's `paragraph.getOoxml()` returns) with its legacy runs in
 * Unicode, or null when it must be left alone: no legacy run, or it carries a content control
 * (`w:sdt`) — writing OOXML over a control's paragraph can drop or duplicate the control and its
 * tag, which the parent-citation update and the check's fields rely on — or it ends a section
 * (`w:sectPr` in its `w:pPr`), whose page setup a replaced paragraph mark could lose.
 */
export function convertLegacyParagraph(ooxml: string, source: string): ParagraphConversion | null {
  const body = bodyOf(ooxml);
  if (/<w:sdt[\s>]/.test(body) || /<w:pPr\b(?:(?!<\/w:pPr>)[\s\S])*<w:sectPr[\s>]/.test(body)) return null;
  const { xml, runs } = convertLegacyFlatOpc(ooxml, source);
  return runs === 0 ? null : { xml, runs };
}

/** The document part's body, so a `w:sdt` elsewhere in the package (none today) is not mistaken for the paragraph's. */
function bodyOf(ooxml: string): string {
  const start = ooxml.indexOf('<w:body');
  const end = ooxml.indexOf('</w:body>', start);
  return start < 0 ? ooxml : ooxml.slice(start, end < 0 ? undefined : end);
}
