/**
 * A .txt plan as a snapshot: UTF-8 (BOM stripped, CRLF accepted), one paragraph per line with
 * blank lines kept, so paragraph N is line N and a finding's place is the line the user sees.
 * Input that is not UTF-8 text is refused with one Vietnamese sentence naming the file.
 */
import { KhInputError } from '../errors';
import type { DocumentSnapshot, SnapshotParagraph } from '../snapshot';
import { detectLegacyEncoding, legacyEncodingName } from './legacyEncoding';

const UTF8 = new TextDecoder('utf-8', { fatal: true });
// Control characters other than tab, line feed, form feed and carriage return.
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;

function binary(source: string): KhInputError {
  return new KhInputError(
    source,
    'tệp nhị phân, không phải văn bản UTF-8 (có phải tệp .docx hay tệp nén đã bị đổi đuôi thành .txt?)',
    {},
    'binary file, not UTF-8 text (a .docx or an archive renamed to .txt?)',
    'text-binary',
  );
}

function legacy(source: string, text: string): KhInputError | null {
  const hit = detectLegacyEncoding(text);
  if (!hit) return null;
  return new KhInputError(
    source,
    `văn bản dùng bảng mã cũ ${legacyEncodingName(hit.encoding)}, không phải Unicode: hãy chuyển sang Unicode (TCVN 6909:2001), bằng lệnh kh convert hoặc công cụ chuyển mã của Unikey, rồi thử lại`,
    { line: hit.line },
    `text in the legacy ${hit.encoding} encoding, not Unicode: convert it to Unicode (kh convert, or Unikey's converter) and try again`,
    'text-legacy-encoding',
  );
}

/** Reads the bytes of a .txt plan; throws KhInputError for empty, binary or legacy-encoded input. */
export function readPlainText(bytes: Uint8Array, source: string): DocumentSnapshot {
  if (bytes.length === 0) throw new KhInputError(source, 'tệp rỗng, không có nội dung', {}, 'the file is empty', 'file-empty');
  // Notepad's "Unicode" is UTF-16 with a byte-order mark: read it rather than call it binary.
  const utf16 = bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16) {
    const text = new TextDecoder(utf16).decode(bytes.subarray(2));
    // Random bytes that happen to start like UTF-16 decode to anything: plans are Latin-script text.
    if (latinShare(text) < 0.8) throw binary(source);
    return fromText(text, source);
  }
  if (bytes.includes(0)) throw binary(source);
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    // Not UTF-8: a TCVN3/VNI file is single-byte, so read it as Latin-1 to tell legacy text from binary.
    let latin1 = '';
    for (let i = 0; i < bytes.length; i++) latin1 += String.fromCharCode(bytes[i]);
    const old = legacy(source, latin1);
    if (old) throw old;
    // Notepad's "ANSI" on a Vietnamese Windows is code page 1258: Unicode letters in another dress, so read them.
    const cp1258 = decodeWindows1258(bytes);
    if (cp1258 !== null) return fromText(cp1258, source);
    throw binary(source);
  }
  return fromText(text, source);
}

/** Windows-1258 text when the bytes read as Vietnamese in it, else null. */
function decodeWindows1258(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder('windows-1258').decode(bytes).normalize('NFC');
  } catch {
    return null; // a runtime without that code page
  }
  const vietnamese = text.match(/[\u1ea0-\u1ef9ơưƠƯđĐăĂâÂêÊôÔ]/g)?.length ?? 0;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return letters > 0 && vietnamese / letters > 0.05 && latinShare(text) > 0.95 ? text : null;
}

const LATIN = /[\s\p{Script=Latin}\p{P}\p{N}\p{M}\p{S}]/u;

function latinShare(text: string): number {
  const sample = text.slice(0, 4000);
  let latin = 0;
  for (const ch of sample) if (LATIN.test(ch)) latin++;
  return sample.length ? latin / [...sample].length : 1;
}

/** Checks decoded text (empty, control characters, legacy encoding) and makes the snapshot. */
function fromText(text: string, source: string): DocumentSnapshot {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new KhInputError(source, 'tệp rỗng, không có nội dung', {}, 'the file is empty', 'file-empty');
  let controls = 0;
  CONTROL.lastIndex = 0;
  while (CONTROL.exec(text)) controls++;
  if (controls > 0 && controls / text.length > 0.05) throw binary(source);
  const old = legacy(source, text);
  if (old) throw old;
  return paragraphsFromText(text, source);
}

/** A snapshot from text already in hand (the pane's paste box): one paragraph per line, NFC. */
export function paragraphsFromText(text: string, source: string): DocumentSnapshot {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lines = text.split(/\r\n|\r|\n/);
  // A final line break ends the last line; it does not open an empty one.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const paragraphs: SnapshotParagraph[] = lines.map((line, i) => {
    const p: SnapshotParagraph = { index: i + 1, text: line.normalize('NFC'), tags: [] };
    if (p.text !== line) p.unnormalized = line;
    return p;
  });
  return { source, paragraphs };
}
