import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/core/ooxml/readDocx';
import { documentXml, handmadeDocx, p, W_NS } from '../../fixtures/docx/handmadeDocx';

const lvl = (ilvl: number, format: string, text: string, extra = '') => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/>${extra}<w:lvlText w:val="${text}"/></w:lvl>`;

/** A plan's outline as Word numbers it: I. / 1. / a), plus bullet and legal-style lists. */
const NUMBERING =
  `<w:numbering xmlns:w="${W_NS}">` +
  `<w:abstractNum w:abstractNumId="0">${lvl(0, 'upperRoman', '%1.')}${lvl(1, 'decimal', '%2.')}${lvl(2, 'lowerLetter', '%3)', '<w:suff w:val="space"/>')}</w:abstractNum>` +
  `<w:abstractNum w:abstractNumId="1">${lvl(0, 'bullet', '-')}${lvl(1, 'bullet', '\uF0B7')}</w:abstractNum>` +
  `<w:abstractNum w:abstractNumId="2">${lvl(0, 'decimal', '%1.', '<w:suff w:val="nothing"/>')}${lvl(1, 'decimal', '%1.%2.', '<w:suff w:val="space"/>')}</w:abstractNum>` +
  `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` +
  `<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>` +
  `<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>` +
  `<w:num w:numId="4"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>` +
  `</w:numbering>`;

const STYLES = `<w:styles xmlns:w="${W_NS}"><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr><w:rPr><w:b/></w:rPr></w:style></w:styles>`;

const item = (numId: number, ilvl: number, text: string) => p(text, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`);

function read(body: string, withNumbering = true) {
  return readDocx(handmadeDocx({ 'word/document.xml': documentXml(body), 'word/styles.xml': STYLES, ...(withNumbering ? { 'word/numbering.xml': NUMBERING } : {}) }), 'kh.docx').paragraphs;
}

describe('readDocx: Word list numbering read as the typed numbering it stands for', () => {
  it('numbers sections, items and points I. / 1. / a) and restarts a level under a new parent', () => {
    const body = item(1, 0, 'MỤC ĐÍCH, YÊU CẦU') + item(1, 1, 'Mục đích') + item(1, 1, 'Yêu cầu') + item(1, 0, 'NHIỆM VỤ') + item(1, 1, 'Tuyên truyền') + item(1, 2, 'Hội nghị') + item(1, 2, 'Tọa đàm');
    expect(read(body).map((x) => x.text)).toEqual(['I.\tMỤC ĐÍCH, YÊU CẦU', '1.\tMục đích', '2.\tYêu cầu', 'II.\tNHIỆM VỤ', '1.\tTuyên truyền', 'a) Hội nghị', 'b) Tọa đàm']);
  });

  it('keeps the label apart as listLabel', () => {
    const [section] = read(item(1, 0, 'MỤC TIÊU'));
    expect(section.listLabel).toBe('I.');
  });

  it('numbers paragraphs whose style is in a list (Word heading numbering)', () => {
    const body = p('MỤC ĐÍCH', '<w:pStyle w:val="Heading1"/>') + p('thân') + p('TỔ CHỨC THỰC HIỆN', '<w:pStyle w:val="Heading1"/>');
    expect(read(body).map((x) => x.text)).toEqual(['I.\tMỤC ĐÍCH', 'thân', 'II.\tTỔ CHỨC THỰC HIỆN']);
  });

  it('takes numId 0 as "no numbering", even in a numbered style', () => {
    const body = p('Không số', '<w:pStyle w:val="Heading1"/><w:numPr><w:numId w:val="0"/></w:numPr>');
    expect(read(body).map((x) => [x.text, x.listLabel])).toEqual([['Không số', undefined]]);
  });

  it('writes a dash bullet as "-" and a symbol-font bullet as "•"', () => {
    expect(read(item(2, 0, 'Sở Nội vụ (b/c);') + item(2, 1, 'chi tiết')).map((x) => x.text)).toEqual(['-\tSở Nội vụ (b/c);', '•\tchi tiết']);
  });

  it('builds multi-level labels (1.1.) and continues a list its instances share until one restarts it', () => {
    const body = item(3, 0, 'A') + item(3, 1, 'A1') + item(3, 0, 'B') + item(4, 0, 'C');
    expect(read(body).map((x) => x.text)).toEqual(['1.A', '1.1. A1', '2.B', '1.C']);
  });

  it('leaves text as it is when the package has no numbering part', () => {
    expect(read(item(1, 0, 'MỤC ĐÍCH'), false).map((x) => [x.text, x.listLabel])).toEqual([['MỤC ĐÍCH', undefined]]);
  });
});
