import { rename, rm, writeFile } from 'node:fs/promises';
import { KhInputError } from '../core/errors';

const WHY_VI: Record<string, string> = {
  ENOENT: 'thư mục chứa tệp không tồn tại',
  EISDIR: 'đây là một thư mục',
  EACCES: 'không có quyền ghi',
  EPERM: 'không có quyền ghi',
  EROFS: 'ổ đĩa chỉ cho đọc',
  ENOSPC: 'ổ đĩa đã đầy',
};

/**
 * Writes an output file the user named: beside it first, then renamed over it, so a failed write
 * never leaves half a file where the old one was. Every failure is a KhInputError naming the file.
 */
export async function writeOutput(path: string, data: Uint8Array | string): Promise<void> {
  const aside = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(aside, data);
    await rename(aside, path);
  } catch (e) {
    await rm(aside, { force: true }).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code ?? '';
    throw new KhInputError(path, `không ghi được tệp: ${WHY_VI[code] ?? `lỗi ${code || 'không rõ'}`}`, {}, `cannot write the file (${code || 'unknown error'})`, 'file-unwritable');
  }
}
