import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../../src/core/ooxml/readDocx';
import { blocksToDocx, textToDocx } from '../../src/core/ooxml/writeDocx';
import { DocxHost } from '../../src/hosts/docx/DocxHost';
import { SAMPLE_PARENT, samplePlanBlocks } from '../fixtures/docx/samplePlanBlocks';
import { requireBinaries } from '../support/system';

const ok = requireBinaries('LibreOffice', 'soffice', 'pdftotext', 'pdfinfo');

describe.skipIf(!ok)('LibreOffice opens the .docx files we write', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kh-lo-'));
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Converts with a private profile (parallel runs must not share one) and reads the PDF back. */
  function toPdf(name: string, bytes: Uint8Array): { layout: string; flowing: string; info: string } {
    const docx = join(dir, `${name}.docx`);
    writeFileSync(docx, bytes);
    const profile = pathToFileURL(join(dir, `profile-${name}`)).href;
    execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, docx], { timeout: 180_000, stdio: 'pipe' });
    const pdf = join(dir, `${name}.pdf`);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const layout = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).normalize('NFC');
    const flowing = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).normalize('NFC').replace(/\s+/g, ' ');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    return { layout, flowing, info };
  }

  it('renders a drafted plan on A4 with the header, fields, deadline and Nơi nhận intact', () => {
    const { layout, flowing, info } = toPdf('plan', blocksToDocx(samplePlanBlocks(), { parentLink: SAMPLE_PARENT }));
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    // Two-column header: the issuing body and the Quốc hiệu share a line, and Số shares one with the date.
    expect(layout).toMatch(/UBND TỈNH LAI CHÂU\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
    expect(layout).toMatch(/VĂN PHÒNG\s+Độc lập - Tự do - Hạnh phúc/);
    expect(layout).toMatch(/Số: 125\/KH-VPUBND\s+Lai Châu, ngày 05 tháng 7 năm 2026/);
    expect(flowing).toContain('KẾ HOẠCH');
    expect(flowing).toContain('Đơn vị chủ trì: Phòng Hành chính – Quản trị.');
    expect(flowing).toContain('Đơn vị phối hợp: Các phòng, ban, trung tâm.');
    expect(flowing).toContain('Thời gian thực hiện: Thường xuyên.');
    expect(flowing).toContain('trước ngày 30/11 hằng năm');
    expect(flowing).toContain('Thực hiện Kế hoạch số 4595/KH-UBND ngày 09/6/2026');
    expect(layout).toMatch(/Nơi nhận:\s+KT\. CHÁNH VĂN PHÒNG/);
    expect(flowing).toContain('- Lưu: VT, HCQT.');
    expect(flowing).toContain('Nguyễn Thị Hương');
  });

  it('numbers pages from page 2, not on page 1', () => {
    const blocks = samplePlanBlocks();
    const filler = Array.from({ length: 40 }, (_, i) => ({ type: 'paragraph' as const, inlines: [{ text: `Nội dung triển khai số ${i + 1}: tổ chức tuyên truyền, phổ biến pháp luật về bình đẳng giới tại cơ sở.` }] }));
    const bytes = blocksToDocx([...blocks.slice(0, -1), ...filler, blocks[blocks.length - 1]]);
    const { info } = toPdf('pages', bytes);
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThan(1);
    const page = (n: number) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', join(dir, 'pages.pdf'), '-'], { encoding: 'utf8' }).split('\n').map((l) => l.trim()).filter(Boolean);
    expect(page(2)[0]).toBe('2');
    expect(page(1)[0]).not.toBe('1');
  });

  it('keeps Vietnamese diacritics and escaped characters exactly', () => {
    const lines = ['Ủy ban nhân dân huyện Mường Tè', 'Đẩy mạnh ứng dụng; quản lý "chặt chẽ" & <hiệu quả>', 'Kỹ thuật, lũy kế, nữ giới, phẳng lặng, bền vững, hỗ trợ, thực hiện, Ỷ lại, Ữ'];
    const { flowing } = toPdf('text', textToDocx(lines));
    for (const line of lines) expect(flowing).toContain(line);
  });

  it('reads back a .docx that LibreOffice itself saved: same paragraphs, formatting and parent link', () => {
    const ours = blocksToDocx(samplePlanBlocks(), { parentLink: SAMPLE_PARENT });
    const source = join(dir, 'ours.docx');
    writeFileSync(source, ours);
    const out = join(dir, 'resaved');
    const profile = pathToFileURL(join(dir, 'profile-resave')).href;
    execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', out, source], { timeout: 180_000, stdio: 'pipe' });
    const theirs = readDocx(new Uint8Array(readFileSync(join(out, 'ours.docx'))), 'resaved.docx');
    const mine = readDocx(ours, 'ours.docx');
    expect(theirs.paragraphs.map((p) => p.text)).toEqual(mine.paragraphs.map((p) => p.text));
    expect(theirs.parentLink).toEqual(SAMPLE_PARENT);
    expect(theirs.page).toEqual(mine.page);
    const kind = theirs.paragraphs.find((p) => p.text === 'KẾ HOẠCH');
    expect(kind).toMatchObject({ run: { bold: true, sizePt: 14, font: 'Times New Roman' }, format: { alignment: 'center' } });
    expect(theirs.paragraphs.find((p) => p.text === 'Nơi nhận:')).toMatchObject({ run: { bold: true, italic: true, sizePt: 12 }, cell: { table: 1, column: 0 } });
  });

  it("reads Word list numbering in a .docx LibreOffice wrote exactly as LibreOffice draws it", () => {
    const html = '<html><head><meta charset="utf-8"></head><body><p>KẾ HOẠCH</p><ol type="I"><li>MỤC ĐÍCH, YÊU CẦU<ol type="1"><li>Mục đích</li><li>Yêu cầu</li></ol></li><li>NHIỆM VỤ<ol type="1"><li>Tuyên truyền<ol type="a"><li>Hội nghị</li><li>Tọa đàm</li></ol></li></ol></li></ol></body></html>';
    const source = join(dir, 'lists.html');
    writeFileSync(source, html);
    const out = join(dir, 'lists');
    const profile = pathToFileURL(join(dir, 'profile-lists')).href;
    execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--writer', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', out, source], { timeout: 180_000, stdio: 'pipe' });
    const bytes = new Uint8Array(readFileSync(join(out, 'lists.docx')));
    const ours = readDocx(bytes, 'lists.docx').paragraphs.map((p) => p.text.replace(/\s+/g, ' ').trim());
    const drawn = toPdf('lists', bytes).layout.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
    expect(ours.filter((t) => /^[IVX]+\. |^[a-z]\. |^\d+\. /.test(t)).length).toBeGreaterThanOrEqual(6);
    expect(ours).toEqual(drawn);
  });

  it('opens a document after the .docx host inserted a section and a parent link', async () => {
    const host = new DocxHost(blocksToDocx(samplePlanBlocks().slice(0, 5)), 'kh.docx');
    await host.insertBlocks([{ type: 'section', numeral: 'II', title: 'Nhiệm vụ' }, { type: 'paragraph', inlines: [{ text: 'Thời gian thực hiện: ' }, { text: 'Quý IV năm 2026', field: 'kh:timing' }] }]);
    await host.insertParagraphAfter(6, 'Đơn vị chủ trì: Sở Nội vụ', 'kh:lead');
    await host.writeParentLink(SAMPLE_PARENT);
    const { flowing } = toPdf('edited', host.save());
    expect(flowing).toContain('II. NHIỆM VỤ');
    expect(flowing).toContain('Thời gian thực hiện: Quý IV năm 2026');
    expect(flowing).toContain('Đơn vị chủ trì: Sở Nội vụ');
  });
});
