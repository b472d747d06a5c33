import { describe, expect, it } from 'vitest';
import { convertLegacyParagraph, mayHoldLegacyRuns } from '../../../src/core/ooxml/legacyParagraphs';
import { blocksToFlatOpc } from '../../../src/core/ooxml/writeDocx';
import { readFlatOpc } from '../../../src/core/ooxml/readFlatOpc';

/** One paragraph as Word's `paragraph.getOoxml()` gives it: a flat OPC package with the styles. */
const paragraphPackage = (p: string) => blocksToFlatOpc([{ type: 'paragraph', inlines: [{ text: '' }] }]).replace(/<w:body>[\s\S]*<\/w:body>/, `<w:body>${p}</w:body>`);
const vni = (text: string) => `<w:r><w:rPr><w:rFonts w:ascii="VNI-Times" w:hAnsi="VNI-Times"/></w:rPr><w:t>${text}</w:t></w:r>`;
const tcvn3 = (text: string) => `<w:r><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr><w:t>${text}</w:t></w:r>`;

describe('which paragraphs the legacy-encoding fix reads', () => {
  it('reads a paragraph in a TCVN3 or VNI font, or in mixed fonts (Word names none), and skips one in a Unicode font', () => {
    expect(['.VnTime', '.VnTimeH', 'VNI-Times', '', null, 'Times New Roman', 'Arial'].map(mayHoldLegacyRuns)).toEqual([true, true, true, true, true, false, false]);
  });
});

describe('a legacy paragraph converted for Word to write back', () => {
  it('converts its TCVN3 and VNI runs and says how many', () => {
    const converted = convertLegacyParagraph(paragraphPackage(`<w:p>${tcvn3('Thùc hiÖn ')}${vni('keá hoaïch')}</w:p>`), 'x');
    expect(converted?.runs).toBe(2);
    expect(readFlatOpc(converted!.xml, 'x').paragraphs[0].text).toBe('Thực hiện kế hoạch');
  });

  it('writes nothing back for a paragraph with no legacy run', () => {
    expect(convertLegacyParagraph(paragraphPackage('<w:p><w:r><w:t>Căn cứ Luật</w:t></w:r></w:p>'), 'x')).toBeNull();
  });

  it('leaves alone a paragraph holding a content control (its tag is a field of the plan) or ending a section', () => {
    const control = `<w:p><w:sdt><w:sdtPr><w:tag w:val="kh:lead"/></w:sdtPr><w:sdtContent>${tcvn3('Phßng V¨n hãa')}</w:sdtContent></w:sdt></w:p>`;
    const sectionEnd = `<w:p><w:pPr><w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:pPr>${tcvn3('Phßng V¨n hãa')}</w:p>`;
    expect([convertLegacyParagraph(paragraphPackage(control), 'x'), convertLegacyParagraph(paragraphPackage(sectionEnd), 'x')]).toEqual([null, null]);
  });
});
