import { unzipSync } from 'fflate';
import { KhInputError } from '../errors';

/** The parts of a .docx, by zip path (no leading slash). */
export type PackageParts = Record<string, Uint8Array>;

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_SIGNATURE = [0x50, 0x4b];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/**
 * Unzips a .docx, keeping only the parts `wanted` accepts (all when absent), and turns every way
 * a file can fail to be a .docx into one Vietnamese sentence naming the file.
 */
export function openPackage(bytes: Uint8Array, source: string, wanted?: (name: string) => boolean): PackageParts {
  if (bytes.length === 0) throw new KhInputError(source, 'tệp rỗng (0 byte), không phải .docx', {}, 'the file is empty (0 bytes)');
  // Word saves a password-protected .docx as an OLE compound file, the same container as an old .doc.
  if (startsWith(bytes, OLE_SIGNATURE)) {
    throw new KhInputError(
      source,
      'tệp được đặt mật khẩu (mã hóa) hoặc là tệp .doc cũ: hãy gỡ mật khẩu hoặc lưu lại dưới dạng .docx rồi thử lại',
      {},
      'the file is password-protected (encrypted) or an old .doc: remove the password or save it as .docx',
    );
  }
  const notZip = () => new KhInputError(source, 'tệp không phải .docx hợp lệ (không giải nén được)', {}, 'not a valid .docx (cannot be unzipped)');
  if (!startsWith(bytes, ZIP_SIGNATURE)) throw notZip();
  let parts: PackageParts;
  try {
    parts = unzipSync(bytes, wanted ? { filter: (file) => wanted(file.name) } : undefined);
  } catch {
    throw notZip();
  }
  return parts;
}

/** The main document part, or the error that says it is missing. */
export function requirePart(parts: PackageParts, name: string, source: string): Uint8Array {
  const part = parts[name];
  if (!part) {
    throw new KhInputError(source, `tệp nén không có phần ${name}, nên không phải tài liệu Word (.docx)`, {}, `the archive has no ${name}, so it is not a Word document`);
  }
  return part;
}
