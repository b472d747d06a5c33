import { unzipSync } from 'fflate';
import { KhInputError } from '../errors';
import { wordFileKind } from './fileKind';

/** The parts of a .docx, by zip path (no leading slash). */
export type PackageParts = Record<string, Uint8Array>;


/**
 * Unzips a .docx, keeping only the parts `wanted` accepts (all when absent), and turns every way
 * a file can fail to be a .docx into one Vietnamese sentence naming the file.
 */
export function openPackage(bytes: Uint8Array, source: string, wanted?: (name: string) => boolean): PackageParts {
  if (bytes.length === 0) throw new KhInputError(source, 'tệp rỗng (0 byte), không phải .docx', {}, 'the file is empty (0 bytes)', 'file-empty');
  const kind = wordFileKind(bytes);
  if (kind === 'word97') {
    throw new KhInputError(
      source,
      'tệp Word 97–2003 (.doc) chưa đọc được ở đây: hãy mở bằng Word và lưu lại dưới dạng .docx (Tệp > Lưu thành > Tài liệu Word), hoặc kiểm tra bằng lệnh kh',
      {},
      'a Word 97–2003 file (.doc) cannot be read here: save it as .docx in Word, or check it with the kh command',
      'doc-not-here',
    );
  }
  if (kind === 'encrypted') {
    throw new KhInputError(source, 'tệp được đặt mật khẩu (mã hóa): hãy gỡ mật khẩu trong Word rồi thử lại', {}, 'the file is password-protected (encrypted): remove the password in Word and try again', 'docx-protected');
  }
  if (kind === 'rtf') {
    throw new KhInputError(source, 'tệp là RTF, không phải .docx: hãy mở bằng Word và lưu lại dưới dạng .docx rồi thử lại', {}, 'the file is RTF, not .docx: save it as .docx in Word and try again', 'doc-rtf');
  }
  // Word saves a password-protected .docx as an OLE compound file, the same container as an old .doc.
  if (kind === 'ole') {
    throw new KhInputError(
      source,
      'tệp được đặt mật khẩu (mã hóa) hoặc là tệp .doc cũ: hãy gỡ mật khẩu hoặc lưu lại dưới dạng .docx rồi thử lại',
      {},
      'the file is password-protected (encrypted) or an old .doc: remove the password or save it as .docx',
      'docx-protected-or-doc',
    );
  }
  const notZip = () => new KhInputError(source, 'tệp không phải .docx hợp lệ (không giải nén được)', {}, 'not a valid .docx (cannot be unzipped)', 'docx-not-zip');
  if (kind !== 'zip') throw notZip();
  let parts: PackageParts;
  const budget = inflateBudget(source);
  try {
    // The sizes the archive declares are checked before anything is inflated: a bomb is refused, not unpacked.
    parts = unzipSync(bytes, { filter: (file) => budget.admit(file) && (!wanted || wanted(file.name)) });
  } catch (e) {
    if (e instanceof KhInputError) throw e;
    throw notZip();
  }
  return parts;
}

/** What a .docx may inflate to: far above any plan (images included), far below what freezes a page. */
export const INFLATE_LIMITS = {
  /** All parts together, as the archive declares them. */
  totalBytes: 512 * 1024 * 1024,
  /** Inflated over compressed size, for a part large enough to matter (deflate peaks near 1032:1; Word's XML sits near 10:1, generated XML near 100:1). */
  ratio: 250,
  ratioFrom: 16 * 1024 * 1024,
};

const mib = (n: number) => `${Math.round(n / 1048576)} MiB`;

/** Admits entries of the archive's central directory while their declared sizes stay within the limits. */
function inflateBudget(source: string) {
  let total = 0;
  const bomb = (what: string, en: string) => new KhInputError(source, `tệp .docx bất thường, không mở: ${what}`, {}, `unusual .docx, not opened: ${en}`, 'docx-suspicious-size');
  return {
    admit(file: { name: string; size: number; originalSize: number }): boolean {
      total += file.originalSize;
      if (total > INFLATE_LIMITS.totalBytes) throw bomb(`giải nén ra hơn ${mib(INFLATE_LIMITS.totalBytes)}`, `it inflates to more than ${mib(INFLATE_LIMITS.totalBytes)}`);
      if (file.originalSize > INFLATE_LIMITS.ratioFrom && file.originalSize > file.size * INFLATE_LIMITS.ratio) {
        throw bomb(`phần ${file.name.slice(0, 60)} nén ${Math.round(file.originalSize / Math.max(1, file.size))} lần (${mib(file.originalSize)})`, `part ${file.name.slice(0, 60)} is compressed ${Math.round(file.originalSize / Math.max(1, file.size))}:1 (${mib(file.originalSize)})`);
      }
      return true;
    },
  };
}

/** The main document part, or the error that says it is missing. */
export function requirePart(parts: PackageParts, name: string, source: string): Uint8Array {
  const part = parts[name];
  if (!part) {
    throw new KhInputError(source, `tệp nén không có phần ${name}, nên không phải tài liệu Word (.docx)`, {}, `the archive has no ${name}, so it is not a Word document`, 'docx-part-missing');
  }
  return part;
}
