import { describe, expect, it } from 'vitest';
import { KhInputError } from '../../../src/core/errors';
import { paragraphsFromText, readPlainText } from '../../../src/core/text/readPlainText';

const utf8 = (s: string) => new TextEncoder().encode(s);
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

function refusal(bytes: Uint8Array): KhInputError {
  try {
    readPlainText(bytes, 'ke-hoach.txt');
  } catch (e) {
    if (e instanceof KhInputError) return e;
    throw e;
  }
  throw new Error('the file was accepted');
}

describe('reading a .txt plan', () => {
  it('makes each line a paragraph, blank lines included, so paragraph N is line N', () => {
    const s = readPlainText(utf8('Số: 12/KH-UBND\n\nKẾ HOẠCH\n'), 'a.txt');
    expect(s.paragraphs.map((p) => [p.index, p.text])).toEqual([[1, 'Số: 12/KH-UBND'], [2, ''], [3, 'KẾ HOẠCH']]);
    expect(s.source).toBe('a.txt');
  });

  it('accepts CRLF and old Mac line ends', () => {
    const s = readPlainText(utf8('I. MỤC ĐÍCH\r\n1. Mục đích\r2. Yêu cầu'), 'a.txt');
    expect(s.paragraphs.map((p) => p.text)).toEqual(['I. MỤC ĐÍCH', '1. Mục đích', '2. Yêu cầu']);
  });

  it('strips a UTF-8 byte-order mark', () => {
    const s = readPlainText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('KẾ HOẠCH')]), 'a.txt');
    expect(s.paragraphs[0].text).toBe('KẾ HOẠCH');
  });

  it('reads decomposed (NFD) Vietnamese as the same NFC text', () => {
    const nfd = 'Đơn vị chủ trì: Sở Nội vụ'.normalize('NFD');
    const s = readPlainText(utf8(nfd), 'a.txt');
    expect(s.paragraphs[0].text).toBe('Đơn vị chủ trì: Sở Nội vụ'.normalize('NFC'));
  });

  it('refuses an empty file, naming it', () => {
    const e = refusal(new Uint8Array());
    expect(e.describe()).toBe('ke-hoach.txt: tệp rỗng, không có nội dung');
    expect(e.id).toBe('file-empty');
    expect(refusal(utf8('\n \n')).message).toContain('tệp rỗng');
  });

  it('refuses a .docx renamed to .txt as a binary file', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]);
    expect(refusal(zip).message).toContain('tệp nhị phân, không phải văn bản UTF-8');
    expect(refusal(zip).id).toBe('text-binary');
  });

  it('refuses random bytes that are not UTF-8 as a binary file', () => {
    const bytes = new Uint8Array([0xc3, 0x28, 0x80, 0x81, 0x9f, 0xff, 0xfe, 0xa0, 0xa1, 0xe2, 0x28, 0xa1]);
    expect(refusal(bytes).message).toContain('tệp nhị phân');
  });

  it('refuses text that is mostly control characters', () => {
    expect(refusal(utf8('\u0001\u0002\u0003\u0004abc\u0005\u0006\u0007')).message).toContain('tệp nhị phân');
  });

  it('refuses a TCVN3 (ABC) file and says to convert it to Unicode', () => {
    // "Kế hoạch phát triển đơn vị" as a .VnTime document stores it: ạ=0xB9, á=0xB8, đ=0xAE, ơ=0xAC.
    const e = refusal(latin1('KÕ ho\u00b9ch ph\u00b8t tri\u00d3n \u00ae\u00acn v\u00de\nC\u00a8n c\u00f8 Lu\u00ebt'));
    expect(e.message).toContain('TCVN3');
    expect(e.message).toContain('Unicode');
    expect(e.place.line).toBe(1);
    expect(e.id).toBe('text-legacy-encoding');
  });

  it('refuses TCVN3 text that was pasted into a UTF-8 file', () => {
    const e = refusal(utf8('Số: 12/KH-UBND\nKÕ ho¹ch ph¸t triÓn ®¬n vÞ n¨m 2026'));
    expect(e.message).toContain('TCVN3');
    expect(e.place.line).toBe(2);
  });

  it('refuses VNI-Windows text and names the encoding', () => {
    const e = refusal(utf8('Keá hoaïch phaùt trieån kinh teá xaõ hoäi ñòa phöông naêm 2026'));
    expect(e.message).toContain('VNI');
    expect(e.message).toContain('chuyển sang Unicode');
  });

  it('accepts ordinary Unicode Vietnamese with a few Latin-1 symbols (©, °, «»)', () => {
    const s = readPlainText(utf8('Nhiệt độ 30°C; «Ngày hội» © 2026 của Ủy ban nhân dân xã Hòa Bình'), 'a.txt');
    expect(s.paragraphs).toHaveLength(1);
  });
});

describe('paragraphs from text the pane already has', () => {
  it('numbers lines from 1 and normalises to NFC', () => {
    const s = paragraphsFromText('\ufeffa\r\nb'.normalize('NFD'), 'dan.txt');
    expect(s.paragraphs.map((p) => [p.index, p.text, p.tags])).toEqual([[1, 'a', []], [2, 'b', []]]);
  });
});

describe('a .txt saved as "Unicode" by Notepad', () => {
  it('reads UTF-16 with its byte-order mark', () => {
    const text = 'Số: 12/KH-UBND\r\nKẾ HOẠCH';
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      le[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      le[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    expect(readPlainText(le, 'a.txt').paragraphs.map((p) => p.text)).toEqual(['Số: 12/KH-UBND', 'KẾ HOẠCH']);
  });

  it('still refuses random bytes that merely start like UTF-16', () => {
    expect(refusal(new Uint8Array([0xff, 0xfe, 0x80, 0x81, 0x9f, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1])).message).toContain('tệp nhị phân');
  });
});

describe('a .txt saved as "ANSI" on a Vietnamese Windows (code page 1258)', () => {
  it('reads it as the Unicode text it is', () => {
    // "Kế hoạch đơn vị" in Windows-1258: ê + combining acute, a + combining dot below, đ = 0xF0, ơ = 0xF5.
    const bytes = Uint8Array.from([0x4b, 0xea, 0xec, 0x20, 0x68, 0x6f, 0x61, 0xf2, 0x63, 0x68, 0x20, 0xf0, 0xf5, 0x6e, 0x20, 0x76, 0x69, 0xf2]);
    expect(readPlainText(bytes, 'a.txt').paragraphs[0].text).toBe('Kế hoạch đơn vị');
  });
});
