/**
 * An XML part's declared encoding is honoured (UTF-16, windows-1258) or the file refused with the
 * reason; it was read as UTF-8 whatever it said. A part with invalid UTF-8 is read but never
 * rewritten by an edit: every byte outside the edit would have changed (U+FFFD for each).
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/core/ooxml/readDocx';
import { DocxHost } from '../../src/hosts/docx/DocxHost';
import { documentXml, p, W_NS } from '../fixtures/docx/handmadeDocx';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;

const docx = (document: Uint8Array) => zipSync({ '[Content_Types].xml': strToU8(CONTENT_TYPES), 'word/document.xml': document });

function utf16le(text: string, bom = true): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  if (bom) out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    out[(bom ? 2 : 0) + 2 * i] = text.charCodeAt(i) & 0xff;
    out[(bom ? 2 : 0) + 2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return out;
}

const body = (xml: string) => `<w:document xmlns:w="${W_NS}"><w:body>${xml}</w:body></w:document>`;
const texts = (bytes: Uint8Array) => readDocx(bytes, 'ke-hoach.docx').paragraphs.map((x) => x.text.normalize('NFC'));

describe('an XML part’s declared encoding', () => {
  it('reads a document.xml saved as UTF-16 with a byte-order mark', () => {
    const xml = `<?xml version="1.0" encoding="UTF-16" standalone="yes"?>${body(p('Kế hoạch số 12 về bình đẳng giới'))}`;
    expect(texts(docx(utf16le(xml)))).toEqual(['Kế hoạch số 12 về bình đẳng giới']);
  });

  it('reads a document.xml saved as UTF-16 without a byte-order mark', () => {
    const xml = `<?xml version="1.0" encoding="UTF-16"?>${body(p('Thời gian thực hiện: Quý IV'))}`;
    expect(texts(docx(utf16le(xml, false)))).toEqual(['Thời gian thực hiện: Quý IV']);
  });

  it('reads a document.xml declared windows-1258 (Vietnamese Windows)', () => {
    const head = strToU8(`<?xml version="1.0" encoding="windows-1258"?><w:document xmlns:w="${W_NS}"><w:body><w:p><w:r><w:t>`);
    const text = Uint8Array.from(Buffer.from('4beaec20686f61f263682073f4ec2031322076eacc206269cc6e6820f0e3d26e67206769f5ec69', 'hex'));
    const tail = strToU8('</w:t></w:r></w:p></w:body></w:document>');
    expect(texts(docx(new Uint8Array([...head, ...text, ...tail])))).toEqual(['Kế hoạch số 12 về bình đẳng giới']);
  });

  it('reads a document.xml declared ISO-8859-1', () => {
    const xml = `<?xml version="1.0" encoding="ISO-8859-1"?>${body(p('Caf\u00e9 v\u00e0 \u00e1o d\u00e0i'))}`;
    const bytes = Uint8Array.from(xml, (c) => c.charCodeAt(0));
    expect(texts(docx(bytes))).toEqual(['Café và áo dài']);
  });

  it('refuses an encoding it cannot read, saying which part and which encoding', () => {
    const xml = strToU8(`<?xml version="1.0" encoding="x-klingon"?>${body(p('x'))}`);
    expect(() => readDocx(docx(xml), 'ke-hoach.docx')).toThrow('phần word/document.xml khai báo bảng mã "x-klingon" không đọc được');
  });
});

describe('a part with invalid UTF-8', () => {
  const broken = () => {
    const xml = strToU8(documentXml(`${p('KẾ HOẠCH')}${p('Đoạn có byte hỏng: ')}${p('Đoạn cuối')}`));
    const at = new TextDecoder().decode(xml).indexOf('byte hỏng: ') + 'byte hỏng: '.length;
    const bytesAt = strToU8(new TextDecoder().decode(xml).slice(0, at)).length;
    return new Uint8Array([...xml.subarray(0, bytesAt), 0xc3, 0x28, 0xff, ...xml.subarray(bytesAt)]);
  };

  it('is still read, the bad bytes shown as replacement characters', () => {
    expect(texts(docx(broken()))[1]).toBe('Đoạn có byte hỏng: \uFFFD(\uFFFD');
  });

  it('is not rewritten by an edit: the edit is refused with the reason and every byte stays', async () => {
    const original = broken();
    const host = new DocxHost(docx(original), 'ke-hoach.docx');
    await expect(host.insertParagraphAfter(1, 'Đoạn mới')).rejects.toThrow(/không sửa được tài liệu: phần word\/document\.xml có byte không phải UTF-8 hợp lệ/);
    expect(unzipSync(host.save())['word/document.xml']).toEqual(original);
  });
});
