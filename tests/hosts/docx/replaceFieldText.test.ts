import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/core/ooxml/readDocx';
import { blocksToDocx } from '../../../src/core/ooxml/writeDocx';
import { DocxHost } from '../../../src/hosts/docx/DocxHost';
import { docxWithBody, p } from '../../fixtures/docx/handmadeDocx';
import { SAMPLE_PARENT, samplePlanBlocks } from '../../fixtures/docx/samplePlanBlocks';

const CITATION = 'kh:parent-citation';
const NEW_CITATION = `Kế hoạch số 163/KH-UBND ngày 12/5/2026 <mới> & "trích" 'dẫn' của Ủy ban nhân dân tỉnh`;
const NEW_CITATION_XML = 'Kế hoạch số 163/KH-UBND ngày 12/5/2026 &lt;mới&gt; &amp; &quot;trích&quot; &apos;dẫn&apos; của Ủy ban nhân dân tỉnh';

const BOLD_ITALIC = '<w:rPr><w:rFonts w:ascii="Times New Roman"/><w:b/><w:i/><w:sz w:val="28"/></w:rPr>';
const JUSTIFIED = '<w:pPr><w:jc w:val="both"/><w:ind w:firstLine="567"/></w:pPr>';

/** An inline citation control (two runs, the first bold italic) inside a Căn cứ line. */
const INLINE_CONTENT = `<w:r>${BOLD_ITALIC}<w:t>Kế hoạch số 4595/KH-UBND</w:t></w:r><w:r><w:t xml:space="preserve"> ngày 09/6/2026</w:t></w:r>`;
const INLINE_CONTROL_HEAD = `<w:sdt><w:sdtPr><w:alias w:val="Văn bản cấp trên"/><w:tag w:val="${CITATION}"/><w:id w:val="11"/></w:sdtPr><w:sdtContent>`;
/** A block citation control of two justified paragraphs. */
const BLOCK_CONTENT = `<w:p w:rsidR="00A1">${JUSTIFIED}<w:r>${BOLD_ITALIC}<w:t>Thực hiện Kế hoạch số 4595/KH-UBND;</w:t></w:r></w:p>${p('dòng thứ hai')}`;
const BLOCK_CONTROL_HEAD = `<w:sdt><w:sdtPr><w:tag w:val='${CITATION}'/><w:id w:val="12"/></w:sdtPr><w:sdtContent>`;
const TAIL = '</w:sdtContent></w:sdt>';

const BEFORE = p('KẾ HOẠCH') + '<w:p><w:r><w:t xml:space="preserve">Căn cứ </w:t></w:r>';
const BETWEEN = '<w:r><w:t>;</w:t></w:r></w:p>' + `<w:sdt><w:sdtPr><w:tag w:val="kh:lead"/></w:sdtPr><w:sdtContent>${p('Đơn vị chủ trì: Sở Nội vụ')}</w:sdtContent></w:sdt>`;
const AFTER = p('Thời gian thực hiện: Quý IV') + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>';

function citedDocx(): Uint8Array {
  return docxWithBody(BEFORE + INLINE_CONTROL_HEAD + INLINE_CONTENT + TAIL + BETWEEN + BLOCK_CONTROL_HEAD + BLOCK_CONTENT + TAIL + AFTER);
}

const partsOf = (bytes: Uint8Array) => unzipSync(bytes);
const documentOf = (bytes: Uint8Array) => strFromU8(partsOf(bytes)['word/document.xml']);

describe('DocxHost.replaceFieldText: bringing parent citations up to date in a .docx', () => {
  it('replaces the text of every citation control, inline and block, and says how many', async () => {
    const host = new DocxHost(citedDocx(), 'kh.docx');
    expect(await host.replaceFieldText(CITATION, NEW_CITATION)).toBe(2);
    const paragraphs = (await host.readSnapshot()).paragraphs;
    expect(paragraphs.map((x) => x.text)).toEqual([
      'KẾ HOẠCH',
      `Căn cứ ${NEW_CITATION};`,
      'Đơn vị chủ trì: Sở Nội vụ',
      NEW_CITATION,
      'Thời gian thực hiện: Quý IV',
    ]);
    expect(paragraphs[1].tags).toEqual([CITATION]);
    expect(paragraphs[3].tags).toEqual([CITATION]);
    expect(paragraphs[2].tags).toEqual(['kh:lead']);
  });

  it('keeps the controls, the first run\'s formatting and the paragraph\'s layout, and leaves every other byte as it was', async () => {
    const original = citedDocx();
    const host = new DocxHost(original, 'kh.docx');
    await host.replaceFieldText(CITATION, NEW_CITATION);
    const saved = host.save();
    const run = `<w:r>${BOLD_ITALIC}<w:t xml:space="preserve">${NEW_CITATION_XML}</w:t></w:r>`;
    const expected = documentOf(original)
      .replace(INLINE_CONTENT, run)
      .replace(BLOCK_CONTENT, `<w:p w:rsidR="00A1">${JUSTIFIED}${run}</w:p>`);
    expect(expected).not.toBe(documentOf(original));
    expect(documentOf(saved)).toBe(expected);
    const before = partsOf(original);
    const after = partsOf(saved);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const name of Object.keys(before).filter((n) => n !== 'word/document.xml')) expect(after[name], name).toEqual(before[name]);
  });

  it('returns 0 and changes nothing in a document with no citation control', async () => {
    const original = docxWithBody(BEFORE + '<w:r><w:t>Kế hoạch số 4595/KH-UBND</w:t></w:r>' + BETWEEN + AFTER);
    const host = new DocxHost(original, 'kh.docx');
    const snapshot = await host.readSnapshot();
    expect(await host.replaceFieldText(CITATION, NEW_CITATION)).toBe(0);
    expect(await host.readSnapshot()).toEqual(snapshot);
    expect(partsOf(host.save())['word/document.xml']).toEqual(partsOf(original)['word/document.xml']);
  });

  it('updates the citation of a plan the pane drafted, again and again, and the saved file reads back', async () => {
    const host = new DocxHost(blocksToDocx(samplePlanBlocks(), { parentLink: SAMPLE_PARENT }), 'kh.docx');
    expect(await host.replaceFieldText(CITATION, 'Kế hoạch số 163/KH-UBND ngày 12/5/2026')).toBe(1);
    expect(await host.replaceFieldText(CITATION, NEW_CITATION)).toBe(1);
    const reread = readDocx(host.save(), 'kh.docx').paragraphs.filter((x) => x.tags?.includes(CITATION));
    expect(reread.map((x) => x.text.includes(NEW_CITATION))).toEqual([true]);
    expect(reread[0].text).not.toContain('4595');
  });

  it('clears the placeholder flag of a control that showed its placeholder text', async () => {
    const body = `<w:p><w:sdt><w:sdtPr><w:tag w:val="${CITATION}"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>Nhấn để nhập</w:t></w:r></w:sdtContent></w:sdt></w:p>`;
    const host = new DocxHost(docxWithBody(body), 'kh.docx');
    expect(await host.replaceFieldText(CITATION, 'Kế hoạch số 163/KH-UBND')).toBe(1);
    const xml = documentOf(host.save());
    expect(xml).not.toContain('showingPlcHdr');
    expect((await host.readSnapshot()).paragraphs[0].text).toBe('Kế hoạch số 163/KH-UBND');
  });

  it('finds a citation control nested inside another control, and matches an escaped tag', async () => {
    const inner = `<w:sdt><w:sdtPr><w:tag w:val="kh:parent&#45;citation"/></w:sdtPr><w:sdtContent><w:r><w:t>cũ</w:t></w:r></w:sdtContent></w:sdt>`;
    const body = `<w:p><w:sdt><w:sdtPr><w:tag w:val="nhóm"/></w:sdtPr><w:sdtContent><w:r><w:t xml:space="preserve">Căn cứ </w:t></w:r>${inner}</w:sdtContent></w:sdt></w:p>`;
    const host = new DocxHost(docxWithBody(body), 'kh.docx');
    expect(await host.replaceFieldText(CITATION, 'mới')).toBe(1);
    expect((await host.readSnapshot()).paragraphs[0].text).toBe('Căn cứ mới');
  });

  it('leaves a tagged table-cell control alone rather than break the table', async () => {
    const body = `<w:tbl><w:tr><w:sdt><w:sdtPr><w:tag w:val="${CITATION}"/></w:sdtPr><w:sdtContent><w:tc>${p('ô')}</w:tc></w:sdtContent></w:sdt></w:tr></w:tbl>${p('')}`;
    const host = new DocxHost(docxWithBody(body), 'kh.docx');
    expect(await host.replaceFieldText(CITATION, 'mới')).toBe(0);
    expect((await host.readSnapshot()).paragraphs[0].text).toBe('ô');
  });
});
