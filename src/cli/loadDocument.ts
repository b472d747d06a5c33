import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { KhInputError } from '../core/errors';
import { wordFileKind } from '../core/ooxml/fileKind';
import type { DocumentSnapshot } from '../core/snapshot';
import { readPlainText } from '../core/text/readPlainText';
import { readDoc } from '../hosts/doc/readDoc';

/**
 * A Word file by its content, not its name: a .docx saved as .doc is a zip and read as .docx, a
 * Word 97–2003 file goes to word-extractor, anything else gets openPackage's one-line reason
 * (password, RTF, not a Word file).
 */
async function readWordFile(bytes: Uint8Array, path: string): Promise<DocumentSnapshot> {
  const kind = wordFileKind(bytes);
  if (kind === 'word97') return readDoc(bytes, path);
  if (kind === 'other' && bytes.length > 0 && extname(path).toLowerCase() === '.doc') {
    throw new KhInputError(path, 'tệp không phải tài liệu Word (.doc hay .docx): có thể là tệp khác bị đổi đuôi thành .doc', {}, 'not a Word document (.doc or .docx): another file renamed to .doc?', 'doc-not-word');
  }
  // The zip and XML readers (fflate, saxes: a quarter of the CLI's code) load only for a Word file.
  const { readDocx } = await import('../core/ooxml/readDocx');
  return readDocx(bytes, path);
}

/** The file types `kh` reads, by extension: the one place that dispatches on it. */
const READERS: Record<string, (bytes: Uint8Array, path: string) => DocumentSnapshot | Promise<DocumentSnapshot>> = {
  '.docx': readWordFile,
  '.doc': readWordFile,
  '.txt': readPlainText,
  '': readPlainText,
};

/** What a folder is searched for. */
export const SUPPORTED_EXTENSIONS = ['.docx', '.doc', '.txt'];

/** Larger than any plan, images included; a bigger file is refused before it is read. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

const mib = (n: number) => `${Math.ceil(n / 1048576)} MiB`;

function openError(path: string, e: unknown): KhInputError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EISDIR') return new KhInputError(path, 'đây là thư mục, không phải tệp', {}, 'is a directory, not a file', 'not-a-file');
  if (code === 'ENOENT') return new KhInputError(path, 'không tìm thấy tệp', {}, 'file not found', 'file-not-found');
  if (code === 'EACCES') return new KhInputError(path, 'không có quyền đọc tệp', {}, 'permission denied', 'file-unreadable');
  return new KhInputError(path, `không đọc được tệp (${code ?? 'lỗi không rõ'})`, {}, `cannot read the file (${code ?? 'unknown error'})`, 'file-unreadable');
}

/**
 * The bytes of a regular file of at most MAX_FILE_BYTES. Opened without blocking and measured on
 * the open handle, so a FIFO, a device (/dev/zero) or an oversize file is refused at once.
 */
export async function readInputFile(path: string, limit = MAX_FILE_BYTES): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw openError(path, e);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new KhInputError(path, 'đây là thư mục, không phải tệp', {}, 'is a directory, not a file', 'not-a-file');
    if (!info.isFile()) throw new KhInputError(path, 'không phải tệp thông thường (thiết bị, đường ống hay socket): hãy chọn một tệp .docx hoặc .txt', {}, 'not a regular file (a device, pipe or socket)', 'not-a-file');
    if (info.size > limit) throw new KhInputError(path, `tệp quá lớn (${mib(info.size)}; tối đa ${mib(limit)})`, {}, `the file is too large (${mib(info.size)}; at most ${mib(limit)})`, 'file-too-large');
    const bytes = new Uint8Array(info.size);
    let read = 0;
    while (read < bytes.length) {
      const { bytesRead } = await handle.read(bytes, read, bytes.length - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return read === bytes.length ? bytes : bytes.subarray(0, read);
  } catch (e) {
    if (e instanceof KhInputError) throw e;
    throw openError(path, e);
  } finally {
    await handle.close();
  }
}

/** Reads a .docx, .doc or .txt from disk into a snapshot; every failure is a KhInputError naming the file. */
export async function loadDocument(path: string): Promise<DocumentSnapshot> {
  const ext = extname(path).toLowerCase();
  const reader = Object.hasOwn(READERS, ext) ? READERS[ext] : undefined;
  if (!reader) throw new KhInputError(path, `không hỗ trợ loại tệp "${ext}": hãy dùng .docx, .doc hoặc .txt`, {}, `unsupported file type "${ext}": use .docx, .doc or .txt`, 'file-type-unsupported');
  return reader(await readInputFile(path), path);
}
