import { describe, expect, it } from 'vitest';
import { KhInputError } from '../../../src/core/errors';
import { readDocx } from '../../../src/core/ooxml/readDocx';
import { replaceControlText } from '../../../src/core/ooxml/replaceControlText';
import { documentXml, handmadeDocx, p, W_NS } from '../../fixtures/docx/handmadeDocx';

const CITATION = 'kh:parent-citation';
const NEW_CITATION = 'Kế hoạch số 163/KH-UBND ngày 12/5/2026 của Ủy ban nhân dân tỉnh';
const OLD_CITATION = 'Kế hoạch số 4595/KH-UBND ngày 09/6/2026';

/** A citation control around `content`, written with prefix `w` for the WordprocessingML namespace. */
function control(content: string, tag = CITATION, w = 'w:'): string {
  return `<${w}sdt><${w}sdtPr><${w}tag ${w}val="${tag}"/></${w}sdtPr><${w}sdtContent>${content}</${w}sdtContent></${w}sdt>`;
}

function run(text: string, w = 'w:'): string {
  return `<${w}r><${w}t xml:space="preserve">${text}</${w}t></${w}r>`;
}

describe('replaceControlText: finding citation controls in document.xml by what the XML means, not how it is spelled', () => {
  it('replaces a citation in a document that binds WordprocessingML to the prefix ns0, and writes the new run with ns0', () => {
    const before = `<ns0:p>${run('Căn cứ ', 'ns0:')}`;
    const after = `</ns0:p>${'<ns0:p>' + run('Thời gian thực hiện: Quý IV', 'ns0:') + '</ns0:p>'}`;
    const xml = documentXml(before + control(run(OLD_CITATION, 'ns0:'), CITATION, 'ns0:') + after, 'ns0');
    const { xml: out, count } = replaceControlText(xml, CITATION, NEW_CITATION);
    expect(count).toBe(1);
    expect(out).toBe(xml.replace(run(OLD_CITATION, 'ns0:'), run(NEW_CITATION, 'ns0:')));
    expect(out).not.toContain('<w:');
  });

  it('reads back the new citation from a document.xml written with the ns0 prefix', () => {
    const body = `<ns0:p>${run('Căn cứ ', 'ns0:')}${control(run(OLD_CITATION, 'ns0:'), CITATION, 'ns0:')}</ns0:p>`;
    const { xml } = replaceControlText(documentXml(body, 'ns0'), CITATION, NEW_CITATION);
    const paragraphs = readDocx(handmadeDocx({ 'word/document.xml': xml }), 'kh.docx').paragraphs;
    expect(paragraphs.map((x) => x.text)).toEqual([`Căn cứ ${NEW_CITATION}`]);
    expect(paragraphs[0].tags).toEqual([CITATION]);
  });

  it('replaces a block citation in a document whose default namespace is WordprocessingML (no prefix at all)', () => {
    const block = `<p><pPr><jc val="both"/></pPr>${run(OLD_CITATION, '')}</p>`;
    const xml = `<?xml version="1.0"?><document xmlns="${W_NS}"><body>${control(block, CITATION, '')}</body></document>`;
    const { xml: out, count } = replaceControlText(xml, CITATION, NEW_CITATION);
    expect(count).toBe(1);
    expect(out).toBe(xml.replace(block, `<p><pPr><jc val="both"/></pPr>${run(NEW_CITATION, '')}</p>`));
  });

  it('ignores a citation control that is only text inside an XML comment or a CDATA section', () => {
    const commented = `<!-- bản cũ: ${control(run(OLD_CITATION))} -->`;
    const cdata = `<w:p><w:r><w:t><![CDATA[${control(run(OLD_CITATION))}]]></w:t></w:r></w:p>`;
    const xml = documentXml(commented + cdata + p('Căn cứ'));
    expect(replaceControlText(xml, CITATION, NEW_CITATION)).toEqual({ xml, count: 0 });
  });

  it('replaces the real citation next to a commented-out one and leaves the comment byte for byte', () => {
    const commented = `<!-- ${control(run('bản nháp'))} -->`;
    const xml = documentXml(`<w:p>${run('Căn cứ ')}${commented}${control(run(OLD_CITATION))}</w:p>`);
    const { xml: out, count } = replaceControlText(xml, CITATION, NEW_CITATION);
    expect(count).toBe(1);
    expect(out).toBe(xml.replace(run(OLD_CITATION), run(NEW_CITATION)));
    expect(out).toContain(commented);
  });

  it('splices at the right place after Vietnamese text, characters outside the BMP and CRLF line ends', () => {
    const before = `<w:p>${run('Ủy ban nhân dân tỉnh 𝕂𝕙 😀 — Căn cứ ')}\r\n`;
    const formatted = '<w:r><w:rPr><w:b/></w:rPr><w:t>Kế hoạch số 4595</w:t></w:r><w:r><w:t>/KH-UBND</w:t></w:r>';
    const xml = documentXml(`${before}${control(formatted)}\r\n</w:p>${p('Đơn vị chủ trì: Sở Nội vụ')}`);
    const { xml: out, count } = replaceControlText(xml, CITATION, NEW_CITATION);
    expect(count).toBe(1);
    expect(out).toBe(xml.replace(formatted, `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${NEW_CITATION}</w:t></w:r>`));
  });

  it('replaces each of 200 sibling citation controls held by an untagged group control', () => {
    const siblings = Array.from({ length: 200 }, (_, i) => control(p(`Văn bản ${i + 1}`))).join('');
    const xml = documentXml(control(siblings, 'nhóm'));
    const { xml: out, count } = replaceControlText(xml, CITATION, NEW_CITATION);
    expect(count).toBe(200);
    const texts = readDocx(handmadeDocx({ 'word/document.xml': out }), 'kh.docx').paragraphs.map((x) => x.text);
    expect(texts).toEqual(Array.from({ length: 200 }, () => NEW_CITATION));
  });

  it('replaces only the outer citation control when it holds 200 sibling citation controls', () => {
    const siblings = Array.from({ length: 200 }, (_, i) => control(p(`Văn bản ${i + 1}`))).join('');
    const xml = documentXml(control(siblings) + p('Thời gian thực hiện: Quý IV'));
    const { xml: out, count } = replaceControlText(xml, CITATION, NEW_CITATION);
    expect(count).toBe(1);
    expect(out).toBe(documentXml(control(p(NEW_CITATION)) + p('Thời gian thực hiện: Quý IV')));
  });

  it('clears a placeholder flag written with an explicit value, as Word does when text replaces the prompt', () => {
    const xml = documentXml(`<w:p><w:sdt><w:sdtPr><w:tag w:val="${CITATION}"/><w:showingPlcHdr w:val="true"/></w:sdtPr><w:sdtContent>${run('Nhấn để nhập')}</w:sdtContent></w:sdt></w:p>`);
    const { xml: out, count } = replaceControlText(xml, CITATION, NEW_CITATION);
    expect(count).toBe(1);
    expect(out).toBe(documentXml(`<w:p><w:sdt><w:sdtPr><w:tag w:val="${CITATION}"/></w:sdtPr><w:sdtContent>${run(NEW_CITATION)}</w:sdtContent></w:sdt></w:p>`));
  });

  it('rejects a document.xml that is not well-formed with a KhInputError naming the file and line', () => {
    const xml = documentXml(control(run(OLD_CITATION)) + '<w:p>');
    const error = (() => {
      try {
        replaceControlText(xml, CITATION, NEW_CITATION, 'kh.docx');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(KhInputError);
    expect((error as KhInputError).describe()).toMatch(/^kh\.docx:2:\d+: .*word\/document\.xml/);
  });
});
