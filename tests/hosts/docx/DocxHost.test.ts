import { strFromU8, strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/core/blocks';
import { KhInputError } from '../../../src/core/errors';
import { readDocx } from '../../../src/core/ooxml/readDocx';
import { blocksToDocx, textToDocx } from '../../../src/core/ooxml/writeDocx';
import { DocxHost } from '../../../src/hosts/docx/DocxHost';
import { documentXml, handmadeDocx, p } from '../../fixtures/docx/handmadeDocx';
import { SAMPLE_PARENT, samplePlanBlocks } from '../../fixtures/docx/samplePlanBlocks';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]);
const SECT = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>';

/** A document from "another producer": a picture, a header, a table, a tagged block control. */
function foreignDocx(): Uint8Array {
  const body =
    p('KẾ HOẠCH') +
    `<w:tbl><w:tr><w:tc>${p('Ô bảng')}</w:tc></w:tr></w:tbl>` +
    `<w:sdt><w:sdtPr><w:tag w:val="kh:lead"/></w:sdtPr><w:sdtContent>${p('Đơn vị chủ trì: Sở Nội vụ')}</w:sdtContent></w:sdt>` +
    p('Thời gian thực hiện: Quý IV') +
    SECT;
  return handmadeDocx({
    '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/></Types>',
    'word/document.xml': documentXml(body),
    'word/_rels/document.xml.rels': '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>',
    'word/header1.xml': '<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p/></w:hdr>',
    'word/media/image1.png': strFromU8(PNG, true),
  });
}

const section: Block[] = [
  { type: 'section', numeral: 'IV', title: 'Tổ chức thực hiện' },
  { type: 'paragraph', inlines: [{ text: 'Báo cáo ' }, { text: 'trước ngày 15/12/2026', field: 'kh:report-deadline' }] },
];

const texts = async (host: DocxHost) => (await host.readSnapshot()).paragraphs.map((x) => x.text);

describe('DocxHost', () => {
  it('reads the same snapshot readDocx reads', async () => {
    const bytes = blocksToDocx(samplePlanBlocks(), { parentLink: SAMPLE_PARENT });
    expect(await new DocxHost(bytes, 'kh.docx').readSnapshot()).toEqual(readDocx(bytes, 'kh.docx'));
  });

  it('appends blocks at the end, before the section properties, when nothing is selected', async () => {
    const host = new DocxHost(foreignDocx(), 'kh.docx');
    await host.insertBlocks(section);
    expect(await texts(host)).toEqual(['KẾ HOẠCH', 'Ô bảng', 'Đơn vị chủ trì: Sở Nội vụ', 'Thời gian thực hiện: Quý IV', 'IV. TỔ CHỨC THỰC HIỆN', 'Báo cáo trước ngày 15/12/2026']);
    const xml = strFromU8(unzipSync(host.save())['word/document.xml']);
    expect(xml.indexOf('TỔ CHỨC THỰC HIỆN')).toBeLessThan(xml.indexOf('<w:sectPr>'));
    expect((await host.readSnapshot()).paragraphs[5].tags).toEqual(['kh:report-deadline']);
  });

  it('inserts after the selected paragraph and moves the cursor past what it inserted', async () => {
    const host = new DocxHost(foreignDocx(), 'kh.docx');
    await host.selectParagraph(1);
    await host.insertBlocks(section);
    expect(host.selectedParagraph).toBe(3);
    await host.insertBlocks([{ type: 'paragraph', inlines: [{ text: 'tiếp theo' }] }]);
    expect(await texts(host)).toEqual(['KẾ HOẠCH', 'IV. TỔ CHỨC THỰC HIỆN', 'Báo cáo trước ngày 15/12/2026', 'tiếp theo', 'Ô bảng', 'Đơn vị chủ trì: Sở Nội vụ', 'Thời gian thực hiện: Quý IV']);
  });

  it('keeps every other part and the untouched XML around the insertion byte for byte', async () => {
    const original = unzipSync(foreignDocx());
    const host = new DocxHost(foreignDocx(), 'kh.docx');
    await host.selectParagraph(3);
    await host.insertBlocks(section);
    const saved = unzipSync(host.save());
    expect(Object.keys(saved).sort()).toEqual(Object.keys(original).sort());
    for (const name of Object.keys(original)) if (name !== 'word/document.xml') expect(saved[name], name).toEqual(original[name]);
    const before = strFromU8(original['word/document.xml']);
    const after = strFromU8(saved['word/document.xml']);
    const cut = before.indexOf('</w:sdt>') + '</w:sdt>'.length;
    expect(after.startsWith(before.slice(0, cut))).toBe(true);
    expect(after.endsWith(before.slice(cut))).toBe(true);
  });

  it('inserts a tagged paragraph after a field control, outside that control', async () => {
    const host = new DocxHost(foreignDocx(), 'kh.docx');
    await host.insertParagraphAfter(3, 'Đơn vị phối hợp: Sở Tài chính', 'kh:cooperating');
    const snap = await host.readSnapshot();
    expect(snap.paragraphs[2].tags).toEqual(['kh:lead']);
    expect(snap.paragraphs[3]).toMatchObject({ index: 4, text: 'Đơn vị phối hợp: Sở Tài chính', tags: ['kh:cooperating'], format: { alignment: 'both', firstLineIndentCm: 1.27 }, run: { sizePt: 14 } });
    expect(snap.paragraphs[4].text).toBe('Thời gian thực hiện: Quý IV');
  });

  it('inserts an untagged paragraph after a table cell paragraph, in the same cell', async () => {
    const host = new DocxHost(foreignDocx(), 'kh.docx');
    await host.insertParagraphAfter(2, 'dòng thêm');
    const snap = await host.readSnapshot();
    expect(snap.paragraphs[2]).toMatchObject({ text: 'dòng thêm', tags: [], cell: { table: 0, row: 0, column: 0 } });
  });

  it('keeps the selection on the same paragraph when a paragraph is inserted above it', async () => {
    const host = new DocxHost(foreignDocx(), 'kh.docx');
    await host.selectParagraph(4);
    await host.insertParagraphAfter(1, 'mới');
    expect(host.selectedParagraph).toBe(5);
    expect((await host.readSnapshot()).paragraphs[4].text).toBe('Thời gian thực hiện: Quý IV');
    await host.insertParagraphAfter(5, 'sau');
    expect(host.selectedParagraph).toBe(5);
  });

  it('starts a blank A4 document for the pane outside Word', async () => {
    const host = DocxHost.blank();
    expect((await host.readSnapshot()).paragraphs.map((x) => x.text)).toEqual(['']);
    expect((await host.readSnapshot()).page).toMatchObject({ widthMm: 210, heightMm: 297 });
    await host.insertBlocks(section);
    expect(await texts(host)).toEqual(['', 'IV. TỔ CHỨC THỰC HIỆN', 'Báo cáo trước ngày 15/12/2026']);
  });

  it('refuses a paragraph number the document does not have, in Vietnamese', async () => {
    const host = new DocxHost(foreignDocx(), 'kh.docx');
    await expect(host.selectParagraph(9)).rejects.toThrow(KhInputError);
    await expect(host.insertParagraphAfter(0, 'x')).rejects.toThrow(/không có đoạn 0: tài liệu có 4 đoạn/);
  });

  it('writes a parent link into a document that had none, wired as Word wires it', async () => {
    const host = new DocxHost(foreignDocx(), 'kh.docx');
    expect(await host.readParentLink()).toBeNull();
    await host.writeParentLink(SAMPLE_PARENT);
    expect(await host.readParentLink()).toEqual(SAMPLE_PARENT);
    const saved = unzipSync(host.save());
    expect(readDocx(host.save(), 'kh.docx').parentLink).toEqual(SAMPLE_PARENT);
    expect(strFromU8(saved['word/_rels/document.xml.rels'])).toContain('Target="../customXml/item1.xml"');
    expect(strFromU8(saved['word/_rels/document.xml.rels'])).toContain('Target="header1.xml"');
    expect(strFromU8(saved['[Content_Types].xml'])).toContain('/customXml/itemProps1.xml');
    expect(saved['word/document.xml']).toEqual(unzipSync(foreignDocx())['word/document.xml']);
  });

  it('replaces the stored link instead of adding a second one', async () => {
    const host = new DocxHost(blocksToDocx(samplePlanBlocks(), { parentLink: SAMPLE_PARENT }), 'kh.docx');
    const next = { ...SAMPLE_PARENT, number: '4600/KH-UBND', id: undefined };
    delete next.id;
    await host.writeParentLink(next);
    const saved = unzipSync(host.save());
    expect(Object.keys(saved).filter((n) => /^customXml\/item\d+\.xml$/.test(n))).toEqual(['customXml/item1.xml']);
    expect(readDocx(host.save(), 'kh.docx').parentLink).toEqual(next);
  });

  it('leaves another custom XML part alone and adds ours beside it', async () => {
    const other = '<b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/>';
    const bytes = handmadeDocx({ '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>', 'word/document.xml': documentXml(p('x')), 'customXml/item1.xml': other });
    const host = new DocxHost(bytes, 'kh.docx');
    await host.writeParentLink(SAMPLE_PARENT);
    const saved = unzipSync(host.save());
    expect(strFromU8(saved['customXml/item1.xml'])).toBe(other);
    expect(saved['customXml/item2.xml']).toBeDefined();
    expect(readDocx(host.save(), 'kh.docx').parentLink).toEqual(SAMPLE_PARENT);
  });

  it('builds a whole plan into an empty document with the same paragraphs blocksToDocx writes', async () => {
    const host = new DocxHost(textToDocx([]), 'moi.docx');
    await host.insertBlocks(samplePlanBlocks());
    const snap = readDocx(host.save(), 'moi.docx');
    expect(snap.paragraphs.map((x) => x.text)).toEqual(readDocx(blocksToDocx(samplePlanBlocks()), 'x').paragraphs.map((x) => x.text).slice(0, snap.paragraphs.length));
    expect(snap.paragraphs.some((x) => x.tags.includes('kh:lead'))).toBe(true);
  });

  it('keeps the byte-order mark a document.xml starts with when it inserts', async () => {
    const bytes = handmadeDocx({ 'word/document.xml': '\ufeff' + documentXml(p('KẾ HOẠCH') + SECT) });
    const host = new DocxHost(bytes, 'bom.docx');
    await host.insertParagraphAfter(1, 'Đơn vị chủ trì: Sở Nội vụ', 'kh:lead');
    const doc = unzipSync(host.save())['word/document.xml'];
    expect([...doc.slice(0, 4)]).toEqual([0xef, 0xbb, 0xbf, 0x3c]);
    expect(readDocx(host.save(), 'bom.docx').paragraphs.map((x) => [x.text, x.tags])).toEqual([['KẾ HOẠCH', []], ['Đơn vị chủ trì: Sở Nội vụ', ['kh:lead']]]);
  });

  it('refuses bytes that are not a .docx with the file named', () => {
    expect(() => new DocxHost(strToU8('không phải docx'), 'sai.docx')).toThrow(/tệp không phải \.docx hợp lệ/);
  });
});

describe('DocxHost: undo and redo on the standalone page', () => {
  const LINK = { id: 'kh-163-ubnd-bac-ninh', kind: 'KH', number: '163/KH-UBND', date: '2026-05-12', issuer: 'UBND tỉnh Bắc Ninh' };

  it('undoes a fix, an insertion and a link one at a time, back to the bytes it opened, and redoes them', async () => {
    const original = foreignDocx();
    const host = new DocxHost(original, 'kh.docx');
    const opened = host.save();
    await host.insertParagraphAfter(3, 'Đơn vị chủ trì: Văn phòng', 'kh:lead');
    await host.insertBlocks(section, 1);
    await host.writeParentLink(LINK);
    const edited = await texts(host);
    expect(host.unsaved).toBe(3);

    expect(host.undo()).toBe(true);
    expect(await host.readParentLink()).toBeNull();
    expect(host.undo()).toBe(true);
    expect(await texts(host)).not.toContain('IV. TỔ CHỨC THỰC HIỆN');
    expect(host.undo()).toBe(true);
    expect(host.undo()).toBe(false);
    expect(unzipSync(host.save())).toEqual(unzipSync(opened));
    expect(host.unsaved).toBe(0);

    while (host.redo());
    expect(await texts(host)).toEqual(edited);
    expect((await host.readParentLink())?.number).toBe('163/KH-UBND');
  });

  it('forgets what was undone when a new edit is made', async () => {
    const host = new DocxHost(foreignDocx(), 'kh.docx');
    await host.insertParagraphAfter(1, 'một');
    host.undo();
    await host.insertParagraphAfter(1, 'hai');
    expect(host.canRedo).toBe(false);
    expect((await texts(host))[1]).toBe('hai');
  });

  it('tells its listeners about edits, undos and selections, so the document view follows', async () => {
    const host = new DocxHost(foreignDocx(), 'kh.docx');
    const heard: string[] = [];
    host.subscribe((change) => heard.push(change));
    await host.selectParagraph(2);
    await host.insertParagraphAfter(1, 'một');
    host.undo();
    host.redo();
    expect(heard).toEqual(['selection', 'edit', 'undo', 'redo']);
  });

  it('inserts before the first paragraph or after a given one, whatever is selected', async () => {
    const host = new DocxHost(foreignDocx(), 'kh.docx');
    await host.selectParagraph(4);
    expect(await host.cursorParagraph()).toBe(4);
    expect(await new DocxHost(foreignDocx(), 'kh.docx').cursorParagraph()).toBe(4);
    const first = await host.insertBlocks(section, 0);
    expect(first).toEqual({ paragraphs: 2, first: 1 });
    expect((await texts(host)).slice(0, 3)).toEqual(['IV. TỔ CHỨC THỰC HIỆN', 'Báo cáo trước ngày 15/12/2026', 'KẾ HOẠCH']);
    const second = await host.insertBlocks(section, 3);
    expect(second.first).toBe(4);
    expect((await texts(host))[3]).toBe('IV. TỔ CHỨC THỰC HIỆN');
  });
});
