// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DocxHost } from '../../src/hosts/docx/DocxHost';
import { openDocument } from '../../src/taskpane/standalone/openDocument';
import { docxWithBody, p } from '../fixtures/docx/handmadeDocx';

type Standalone = typeof import('../../src/taskpane/standalone');
let page: Standalone;

beforeAll(async () => {
  // The page mounts itself unless told the browser is unsupported; here only its file bar is wanted.
  (window as { khUnsupported?: boolean }).khUnsupported = true;
  page = await import('../../src/taskpane/standalone');
});
afterEach(cleanup);

/** The page's own way of opening (openDocument, nothing kept): the hosts it opened, for the test to read. */
function openFile(name: string, bytes: Uint8Array) {
  const opened: DocxHost[] = [];
  const onOpen = vi.fn(async (data: Uint8Array, file: string) => void opened.push((await openDocument(data, file, null)).host));
  renderBar(onOpen);
  const input = screen.getByTestId('open-docx') as HTMLInputElement;
  const file = new File([bytes as Uint8Array<ArrayBuffer>], name);
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
  return { onOpen, opened };
}

function renderBar(onOpen: (bytes: Uint8Array, name: string) => Promise<void>) {
  const host = page.sampleHost();
  render(<page.FileBar doc={{ host, id: 'mau', restored: false }} isSample onOpen={onOpen} showDocument onToggleDocument={() => {}} />);
}

describe('the standalone page opens Word files by their content', () => {
  it('offers .doc beside .docx in the file dialog', () => {
    renderBar(async () => {});
    expect((screen.getByTestId('open-docx') as HTMLInputElement).accept).toBe('.docx,.doc');
  });

  it('opens a .docx saved under a .doc name', async () => {
    const { opened } = openFile('phu-luc.doc', docxWithBody(p('PHỤ LỤC')));
    await vi.waitFor(() => expect(opened).toHaveLength(1));
    expect((await opened[0].readSnapshot()).paragraphs.map((x) => x.text)).toEqual(['PHỤ LỤC']);
  });

  it('says in Vietnamese that a Word 97–2003 file cannot be read in the page and how to convert it', async () => {
    const { opened } = openFile('ke-hoach-cu.doc', new Uint8Array(readFileSync(join(__dirname, '../fixtures/doc/ke-hoach-word97.doc'))));
    expect((await screen.findByRole('alert')).textContent).toMatch(/tệp Word 97–2003 \(\.doc\) chưa đọc được ở đây: hãy mở bằng Word và lưu lại dưới dạng \.docx/);
    expect(opened).toEqual([]);
  });
});
