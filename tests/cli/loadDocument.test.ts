import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KhInputError } from '../../src/core/errors';
import { loadDocument } from '../../src/cli/loadDocument';
import { docxWithBody, p } from '../fixtures/docx/handmadeDocx';

const dir = mkdtempSync(join(tmpdir(), 'kh-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kh reads a Word file by its content, not its extension', () => {
  it('reads a .docx saved under a .doc name as the .docx it is', async () => {
    const path = join(dir, 'phu-luc.doc');
    writeFileSync(path, docxWithBody(p('PHỤ LỤC') + p('Chỉ số cải cách hành chính')));
    expect((await loadDocument(path)).paragraphs.map((x) => x.text)).toEqual(['PHỤ LỤC', 'Chỉ số cải cách hành chính']);
  });

  it('reads a Word 97–2003 .doc, even named .docx', async () => {
    const path = join(dir, 'cu.docx');
    copyFileSync(join(__dirname, '../fixtures/doc/ke-hoach-word97.doc'), path);
    expect((await loadDocument(path)).paragraphs.some((x) => x.text === 'KẾ HOẠCH')).toBe(true);
  });

  it('refuses a .doc that is not a Word file in one line naming it', async () => {
    const path = join(dir, 'ghi-chu.doc');
    writeFileSync(path, 'Kế hoạch số 12/KH-UBND, gõ bằng Notepad rồi đổi đuôi');
    const error = await loadDocument(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KhInputError);
    expect((error as KhInputError).describe()).toBe(`${path}: tệp không phải tài liệu Word (.doc hay .docx): có thể là tệp khác bị đổi đuôi thành .doc`);
  });
});
