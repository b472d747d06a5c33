/**
 * XML part bytes ⇄ strings. A part is read in the encoding it declares (byte-order mark, or the
 * XML declaration: UTF-16, ISO-8859-1, windows-1252, windows-1258 …) or refused with the reason,
 * never read as garbage. TextDecoder/TextEncoder exist in Node, browsers and workers.
 */
import { KhInputError } from '../errors';

const encoder = new TextEncoder();
const UTF8_FATAL = new TextDecoder('utf-8', { fatal: true });

/** The declaration's encoding, read from the ASCII-compatible head of the part. */
function declaredEncoding(bytes: Uint8Array): string | null {
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 256); i++) head += String.fromCharCode(bytes[i]);
  const m = /^(?:\uFEFF|\xEF\xBB\xBF)?<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']/.exec(head);
  return m ? m[1].toLowerCase() : null;
}

/** What the bytes are in, by byte-order mark, the UTF-16 shape of "<?", or the declaration. */
export function xmlEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0x3c && bytes[1] === 0x00 && bytes[2] === 0x3f && bytes[3] === 0x00) return 'utf-16le';
  if (bytes[0] === 0x00 && bytes[1] === 0x3c && bytes[2] === 0x00 && bytes[3] === 0x3f) return 'utf-16be';
  const declared = declaredEncoding(bytes);
  if (!declared || declared === 'utf8') return 'utf-8';
  return declared;
}

const decoders = new Map<string, TextDecoder | null>();

function decoderFor(encoding: string): TextDecoder | null {
  if (!decoders.has(encoding)) {
    let d: TextDecoder | null = null;
    try {
      // UTF-16 declared without a byte-order mark or the UTF-16 shape was not written as UTF-16.
      d = encoding === 'utf-16' ? null : new TextDecoder(encoding);
    } catch {
      d = null;
    }
    decoders.set(encoding, d);
  }
  return decoders.get(encoding) ?? null;
}

/**
 * Decodes a part in the encoding it declares; a leading BOM is dropped. An encoding this runtime
 * cannot read is a KhInputError naming the file and the part.
 */
export function decodeXml(bytes: Uint8Array, part = 'XML', source = 'tài liệu'): string {
  const encoding = xmlEncoding(bytes);
  const decoder = decoderFor(encoding);
  if (!decoder) {
    const shown = encoding.slice(0, 40);
    throw new KhInputError(source, `phần ${part.slice(0, 80)} khai báo bảng mã "${shown}" không đọc được: hãy mở và lưu lại tệp bằng Word rồi thử lại`, {}, `part ${part.slice(0, 80)} declares the encoding "${shown}", which cannot be read: save the file again in Word`, 'docx-encoding-unsupported');
  }
  return decoder.decode(bytes);
}

/**
 * Throws unless a part can be edited without changing a byte outside the edit: UTF-8 (as we write)
 * and valid. A part in another encoding, or with invalid UTF-8, is read but not rewritten.
 */
export function requireEditableUtf8(bytes: Uint8Array, part: string, source: string): void {
  const encoding = xmlEncoding(bytes);
  let valid = encoding === 'utf-8';
  if (valid) {
    try {
      UTF8_FATAL.decode(bytes);
    } catch {
      valid = false;
    }
  }
  if (!valid) {
    const why = encoding === 'utf-8' ? 'có byte không phải UTF-8 hợp lệ' : `dùng bảng mã ${encoding}`;
    throw new KhInputError(source, `không sửa được tài liệu: phần ${part} ${why}, sửa sẽ làm đổi cả những chỗ không sửa; hãy mở và lưu lại tệp bằng Word rồi thử lại`, {}, `cannot edit: part ${part} is not valid UTF-8 (${encoding}); save the file again in Word`, 'docx-xml-unsupported');
  }
}

export function encodeXml(text: string): Uint8Array {
  return encoder.encode(text);
}
