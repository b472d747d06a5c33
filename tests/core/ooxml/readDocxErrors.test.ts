import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { KhInputError } from '../../../src/core/errors';
import { readDocx } from '../../../src/core/ooxml/readDocx';
import { documentXml, docxWithBody, handmadeDocx, p, W_NS } from '../../fixtures/docx/handmadeDocx';

/** The KhInputError readDocx throws for `bytes`, or a failure when it throws something else or nothing. */
function inputError(bytes: Uint8Array, source = 'ke-hoach.docx'): KhInputError {
  try {
    readDocx(bytes, source);
  } catch (e) {
    if (e instanceof KhInputError) return e;
    throw new Error(`expected a KhInputError, got ${String(e)}`);
  }
  throw new Error('expected a KhInputError, got a snapshot');
}

describe('readDocx: unusable input is one Vietnamese sentence naming the file', () => {
  it('says an empty file is empty', () => {
    const e = inputError(new Uint8Array(0));
    expect(e.file).toBe('ke-hoach.docx');
    expect(e.message).toMatch(/tệp rỗng/);
    expect(e.id).toBe('file-empty');
  });

  it('says a file that is not a zip is not a valid .docx', () => {
    const e = inputError(strToU8('Kế hoạch số 12/KH-UBND, lưu nhầm đuôi .docx'));
    expect(e.message).toBe('tệp không phải .docx hợp lệ (không giải nén được)');
    expect(e.describe()).toBe('ke-hoach.docx: tệp không phải .docx hợp lệ (không giải nén được)');
    expect(e.id).toBe('docx-not-zip');
  });

  it('says a truncated zip is not a valid .docx', () => {
    const whole = docxWithBody(p('Kế hoạch'));
    expect(inputError(whole.slice(0, 40)).message).toBe('tệp không phải .docx hợp lệ (không giải nén được)');
  });

  it('says a zip without word/document.xml is not a Word document', () => {
    const e = inputError(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }));
    expect(e.message).toMatch(/không có phần word\/document\.xml/);
    expect(e.id).toBe('docx-part-missing');
  });

  it('says an encrypted file (OLE container) is password-protected or an old .doc', () => {
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const e = inputError(ole, 'mat-khau.docx');
    expect(e.file).toBe('mat-khau.docx');
    expect(e.message).toMatch(/mật khẩu/);
    expect(e.message).toMatch(/\.doc cũ/);
    expect(e.id).toBe('docx-protected-or-doc');
  });

  /** An OLE compound file whose directory names the stream `stream` (names are UTF-16LE there). */
  const oleWith = (stream: string) => {
    const bytes = new Uint8Array(2048);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    bytes.set(Array.from(stream).flatMap((c) => [c.charCodeAt(0), 0]), 1024);
    return bytes;
  };

  it('tells a Word 97–2003 file (.doc) by its WordDocument stream and says how to read it, whatever its name', () => {
    const e = inputError(oleWith('WordDocument'), 'ke-hoach.docx');
    expect(e.message).toMatch(/^tệp Word 97–2003 \(\.doc\)/);
    expect(e.message).toMatch(/lưu lại dưới dạng \.docx/);
  });

  it('tells a password-protected .docx by its EncryptedPackage stream', () => {
    expect(inputError(oleWith('EncryptedPackage'), 'mat-khau.docx').message).toBe('tệp được đặt mật khẩu (mã hóa): hãy gỡ mật khẩu trong Word rồi thử lại');
  });

  it('says an RTF file saved under a Word name is RTF', () => {
    expect(inputError(strToU8('{\\rtf1\\ansi Kế hoạch}'), 'ke-hoach.doc').message).toMatch(/^tệp là RTF/);
  });

  it('gives the line and column of malformed XML in document.xml', () => {
    const broken = `<?xml version="1.0"?>\n<w:document xmlns:w="${W_NS}"><w:body>\n<w:p><w:r><w:t>Kế hoạch</w:r></w:p></w:body></w:document>`;
    const e = inputError(handmadeDocx({ 'word/document.xml': broken }));
    expect(e.message).toMatch(/word\/document\.xml không phải XML hợp lệ ở dòng 3/);
    expect(e.place.line).toBe(3);
    expect(e.place.column).toBeGreaterThan(0);
    expect(e.describe()).toMatch(/^ke-hoach\.docx:3:\d+: tệp \.docx bị hỏng/);
    expect(e.id).toBe('docx-xml-malformed');
  });

  it('reports malformed styles.xml by its part name', () => {
    const bytes = handmadeDocx({ 'word/document.xml': documentXml(p('x')), 'word/styles.xml': '<w:styles xmlns:w="x"><w:style>' });
    expect(inputError(bytes).message).toMatch(/word\/styles\.xml/);
  });

  it('reports a damaged parent link instead of ignoring it', () => {
    const bytes = handmadeDocx({ 'word/document.xml': documentXml(p('x')), 'customXml/item1.xml': '<parentLink xmlns="urn:soan-kh:parent-link:1"><kind>KH</kind>' });
    expect(inputError(bytes).message).toMatch(/liên kết kế hoạch cấp trên/);
  });
});
