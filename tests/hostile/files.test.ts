/**
 * Files as an attacker or an unlucky user sends them: each is refused at once with one line
 * naming the file, or read without harm. Each case failed before this suite (issue 11).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { kh } from '../support/kh';
import { readDocx } from '../../src/core/ooxml/readDocx';
import { blocksToDocx } from '../../src/core/ooxml/writeDocx';
import { KhInputError } from '../../src/core/errors';
import { DocxHost } from '../../src/hosts/docx/DocxHost';
import { parseParentLink, serializeParentLink } from '../../src/core/ooxml/parentLinkPart';
import { parentFromLink, type TemplateStore } from '../../src/core/catalog/store';
import { samplePlanBlocks, SAMPLE_PARENT } from '../fixtures/docx/samplePlanBlocks';
import { docxWithBody, p } from '../fixtures/docx/handmadeDocx';

const FIXTURES = join(__dirname, '..', 'fixtures', 'cli');


const tmp = () => mkdtempSync(join(tmpdir(), 'kh-hostile-'));

/** Sets the size the archive declares for `name` (central directory and local header), leaving the data as it is. */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const nameBytes = strToU8(name);
  const at = (i: number, n: number) => out.subarray(i, i + n).every((b, k) => b === nameBytes[k]);
  for (let i = 0; i + 46 < out.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x02014b50 && view.getUint16(i + 28, true) === nameBytes.length && at(i + 46, nameBytes.length)) view.setUint32(i + 24, size, true);
    if (sig === 0x04034b50 && view.getUint16(i + 26, true) === nameBytes.length && at(i + 30, nameBytes.length)) view.setUint32(i + 22, size, true);
  }
  return out;
}

/** The compressed bytes of `name` replaced by 0xff (an invalid deflate block), its header left as it was. */
function corruptEntryData(zip: Uint8Array, name: string): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const nameBytes = strToU8(name);
  for (let i = 0; i + 30 < out.length; i++) {
    if (view.getUint32(i, true) !== 0x04034b50 || view.getUint16(i + 26, true) !== nameBytes.length) continue;
    if (!out.subarray(i + 30, i + 30 + nameBytes.length).every((b, k) => b === nameBytes[k])) continue;
    const start = i + 30 + nameBytes.length + view.getUint16(i + 28, true);
    out.fill(0xff, start, start + view.getUint32(i + 18, true));
  }
  return out;
}

/** A real bomb: 40 MiB of one byte in document.xml, deflated to some 40 KiB. */
function ratioBomb(): Uint8Array {
  const filler = new Uint8Array(40 * 1024 * 1024).fill(0x20);
  return zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': filler }, { level: 9 });
}

describe('a .docx that would inflate to far more than any plan', () => {
  it('is refused from the sizes the archive declares, before anything is inflated (CLI reader)', () => {
    const declared = declareSize(docxWithBody(p('Kế hoạch')), 'word/document.xml', 3_000_000_000);
    expect(() => readDocx(declared, 'bom.docx')).toThrow(/bom\.docx|bất thường/);
    expect(() => readDocx(declared, 'bom.docx')).toThrow(KhInputError);
  });

  it('is refused for its compression ratio, in the CLI and in the pane’s DocxHost', () => {
    const bomb = ratioBomb();
    expect(() => readDocx(bomb, 'bom.docx')).toThrow(/tệp \.docx bất thường, không mở: phần word\/document\.xml nén \d+ lần/);
    expect(() => new DocxHost(bomb, 'bom.docx')).toThrow(/bất thường/);
  });

  it('gives `kh check` one line naming the file', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'bom.docx'), ratioBomb());
    const r = await kh('check', join(dir, 'bom.docx'));
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')).toHaveLength(1);
    expect(r.stderr.startsWith(`${join(dir, 'bom.docx')}: tệp .docx bất thường`)).toBe(true);
  });
});

describe('the pane’s DocxHost inflates only what it reads or edits', () => {
  it('opens and checks a document whose image is damaged, since the image is never inflated to read it', async () => {
    const { unzipSync } = await import('fflate');
    const files: Record<string, Uint8Array | [Uint8Array, { level: 6 }]> = unzipSync(blocksToDocx(samplePlanBlocks()));
    files['word/media/image1.png'] = [new Uint8Array(4096).fill(0x41), { level: 6 }];
    const zipped = corruptEntryData(zipSync(files), 'word/media/image1.png');
    expect(() => unzipSync(zipped)).toThrow();
    const host = new DocxHost(zipped, 'anh-hong.docx');
    expect((await host.readSnapshot()).paragraphs.length).toBeGreaterThan(10);
  });

  it('keeps every part it did not touch when it saves', async () => {
    const { unzipSync } = await import('fflate');
    const files = unzipSync(blocksToDocx(samplePlanBlocks()));
    files['word/media/image1.png'] = new Uint8Array([137, 80, 78, 71, 1, 2, 3, 4]);
    const host = new DocxHost(zipSync(files), 'ke-hoach.docx');
    await host.insertParagraphAfter(3, 'Đoạn mới');
    const saved = unzipSync(host.save());
    expect(Object.keys(saved).sort()).toEqual(Object.keys(files).sort());
    expect(saved['word/media/image1.png']).toEqual(files['word/media/image1.png']);
  });
});

describe('input that is not a regular file, or too large', () => {
  it('refuses a FIFO at once instead of waiting for a writer', async () => {
    const fifo = join(tmp(), 'ong.txt');
    execFileSync('mkfifo', [fifo]);
    const r = await kh('check', fifo);
    expect([r.code, r.stderr]).toEqual([2, `${fifo}: không phải tệp thông thường (thiết bị, đường ống hay socket): hãy chọn một tệp .docx hoặc .txt`]);
  });

  it('refuses /dev/zero at once instead of reading without end', async () => {
    const r = await kh('extract', '/dev/zero');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^\/dev\/zero: không phải tệp thông thường/);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const big = join(tmp(), 'lon.txt');
    execFileSync('truncate', ['-s', `${65 * 1024 * 1024}`, big]);
    const r = await kh('check', big);
    expect([r.code, r.stderr]).toEqual([2, `${big}: tệp quá lớn (65 MiB; tối đa 64 MiB)`]);
  });
});

describe('error lines', () => {
  it('a file name holding a line break still gives one line', async () => {
    const dir = tmp();
    const name = join(dir, 'ke\nhoach.docx');
    writeFileSync(name, 'không phải zip');
    const r = await kh('check', name);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('ke⏎hoach.docx');
  });

  it('quotes at most a short excerpt of the input', async () => {
    const dir = tmp();
    // A parent-plan file with a broken line of 100,000 characters: the parser's message quotes that line.
    writeFileSync(join(dir, 'cap-tren.yaml'), `kind: KH\nnumber: "${'9'.repeat(100_000)}\n  date: [\n`);
    const r = await kh('check', join(FIXTURES, 'ke-hoach-day-du.txt'), '--parent', join(dir, 'cap-tren.yaml'));
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')).toHaveLength(1);
    expect(r.stderr.startsWith(join(dir, 'cap-tren.yaml'))).toBe(true);
    expect(r.stderr.length).toBeLessThan(500);
  });
});

describe('a parent-link id read from a document', () => {
  const evil = { ...SAMPLE_PARENT, id: '../../../../tmp/evil' };

  it('is dropped when it is not a catalog id (a path, "..")', () => {
    expect(parseParentLink(serializeParentLink(evil))?.id).toBeUndefined();
    expect(parseParentLink(serializeParentLink({ ...SAMPLE_PARENT, id: 'kh-163-ubnd-bac-ninh' }))?.id).toBe('kh-163-ubnd-bac-ninh');
  });

  it('is never looked up in the catalog unless it is a catalog id, in the CLI as in the pane', () => {
    const asked: string[] = [];
    const store: TemplateStore = { plan: (id) => (asked.push(id), null), units: () => null, planIds: () => [], unitLevels: () => [] };
    const parent = parentFromLink(evil, store);
    expect(asked).toEqual([]);
    expect(parent?.number).toBe(SAMPLE_PARENT.number);
  });

  it('does not make `kh check` read a plan file from elsewhere on disk', async () => {
    const dir = tmp();
    const evilPlan = join(dir, 'evil.yaml');
    writeFileSync(evilPlan, 'kind: KH\nnumber: 999/KH-EVIL\ndate: 2026-01-01\nissuer: Ai đó\ntitle: Không phải kế hoạch cấp trên\ntargets: []\ntasks: []\n');
    const catalog = join(__dirname, '..', '..', 'templates', 'plans');
    const relativeId = join(...catalog.split('/').filter(Boolean).map(() => '..'), dir.slice(1), 'evil');
    const docx = blocksToDocx(samplePlanBlocks(), { parentLink: { ...SAMPLE_PARENT, id: relativeId } });
    writeFileSync(join(dir, 'ke-hoach.docx'), docx);
    const r = await kh('check', join(dir, 'ke-hoach.docx'), '--json');
    expect(r.stdout).not.toContain('999/KH-EVIL');
  });
});

describe('plain text', () => {
  it('a .txt fixture still reads (the size and kind checks let ordinary files through)', async () => {
    expect((await kh('check', join(FIXTURES, 'ke-hoach-day-du.txt'))).code).toBe(0);
  });
});
