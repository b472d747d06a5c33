import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { KhInputError } from '../core/errors';
import { readDocx } from '../core/ooxml/readDocx';
import type { DocumentSnapshot } from '../core/snapshot';
import { readPlainText } from '../core/text/readPlainText';

/** Reads a .docx or .txt from disk into a snapshot; every failure is a KhInputError naming the file. */
export async function loadDocument(path: string): Promise<DocumentSnapshot> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw new KhInputError(path, 'đây là thư mục, không phải tệp', {}, 'is a directory, not a file');
    if (code === 'ENOENT') throw new KhInputError(path, 'không tìm thấy tệp', {}, 'file not found');
    if (code === 'EACCES') throw new KhInputError(path, 'không có quyền đọc tệp', {}, 'permission denied');
    throw new KhInputError(path, `không đọc được tệp (${code ?? 'lỗi không rõ'})`, {}, `cannot read the file (${code ?? 'unknown error'})`);
  }
  const ext = extname(path).toLowerCase();
  if (ext === '.docx') return readDocx(bytes, path);
  if (ext === '.txt' || ext === '') return readPlainText(bytes, path);
  throw new KhInputError(path, `không hỗ trợ loại tệp "${ext}": hãy dùng .docx hoặc .txt`, {}, `unsupported file type "${ext}": use .docx or .txt`);
}
