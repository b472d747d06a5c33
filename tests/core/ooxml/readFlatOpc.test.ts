import { describe, expect, it } from 'vitest';
import { KhInputError } from '../../../src/core/errors';
import { readDocx } from '../../../src/core/ooxml/readDocx';
import { flatOpcParts, readFlatOpc } from '../../../src/core/ooxml/readFlatOpc';
import { blocksToDocx, blocksToFlatOpc } from '../../../src/core/ooxml/writeDocx';
import { samplePlanBlocks } from '../../fixtures/docx/samplePlanBlocks';

describe('readFlatOpc (what WordHost feeds from body.getOoxml())', () => {
  it('reads the same paragraphs, tags, fields and formatting as the .docx reader', () => {
    const fromFlat = readFlatOpc(blocksToFlatOpc(samplePlanBlocks()), 'Word');
    const fromDocx = readDocx(blocksToDocx(samplePlanBlocks()), 'Word');
    // The .docx closes its signature table with one tiny paragraph the flat package does not need.
    expect(fromFlat.paragraphs).toEqual(fromDocx.paragraphs.slice(0, -1));
    expect(fromFlat.paragraphs.some((p) => p.tags.includes('kh:lead'))).toBe(true);
  });

  it('slices each part as written, without re-serialising it', () => {
    const flat = blocksToFlatOpc(samplePlanBlocks());
    const document = flatOpcParts(flat, 'Word').get('word/document.xml');
    expect(document?.startsWith('<w:document ')).toBe(true);
    expect(document?.endsWith('</w:document>')).toBe(true);
    expect(flat).toContain(document);
  });

  it('reads a part whose package binds another prefix and holds a parent link part', () => {
    const doc = '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Kế hoạch</w:t></w:r></w:p></w:body></w:document>';
    const link = '<parentLink xmlns="urn:soan-kh:parent-link:1"><kind>KH</kind><number>163/KH-UBND</number><date>2026-05-12</date><issuer>UBND tỉnh Bắc Ninh</issuer></parentLink>';
    const flat = `<?xml version="1.0"?><p:package xmlns:p="http://schemas.microsoft.com/office/2006/xmlPackage"><p:part p:name="/word/document.xml" p:contentType="x"><p:xmlData>${doc}</p:xmlData></p:part><p:part p:name="/customXml/item1.xml" p:contentType="application/xml"><p:xmlData>${link}</p:xmlData></p:part></p:package>`;
    const snap = readFlatOpc(flat, 'Word');
    expect(snap.paragraphs.map((p) => p.text)).toEqual(['Kế hoạch']);
    expect(snap.parentLink).toEqual({ kind: 'KH', number: '163/KH-UBND', date: '2026-05-12', issuer: 'UBND tỉnh Bắc Ninh' });
  });

  it('says so when the text is not a flat OPC package, or lacks the document', () => {
    expect(() => readFlatOpc('<w:document xmlns:w="x"/>', 'Word')).toThrow(KhInputError);
    expect(() => readFlatOpc('<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"/>', 'Word')).toThrow(/không có phần word\/document\.xml/);
    expect(() => readFlatOpc('<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"><pkg:part>', 'Word')).toThrow(/không phải XML hợp lệ/);
  });
});
