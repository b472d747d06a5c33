/**
 * Writes tests/fixtures/doc/ke-hoach-word97.doc, the project's own Word 97–2003 fixture: a short
 * plan (header table, sections, tasks with their fields, a task table, a reporting clause, Nơi nhận
 * beside the signature, a footnote and a "DỰ THẢO" page header) built here as a .docx, then saved
 * as .doc by LibreOffice (`soffice --headless --convert-to doc`). Run: `npx tsx scripts/make-doc-fixture.ts`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const p = (text: string, props = '') => `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
const cell = (...texts: string[]) => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${texts.map((t) => p(t)).join('')}</w:tc>`;
const row = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const table = (borders: boolean, columns: number, ...rows: string[]) =>
  `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/>${borders ? `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => `<w:${s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`).join('')}</w:tblBorders>` : ''}</w:tblPr>` +
  `<w:tblGrid>${'<w:gridCol w:w="2000"/>'.repeat(columns)}</w:tblGrid>${rows.join('')}</w:tbl>`;

const body = [
  table(false, 2, row(cell('ỦY BAN NHÂN DÂN', 'XÃ AN PHÚ'), cell('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc')), row(cell('Số: 12/KH-UBND'), cell('An Phú, ngày 10 tháng 6 năm 2026'))),
  p('KẾ HOẠCH'),
  p('Cải cách hành chính năm 2026'),
  `<w:p><w:r><w:t xml:space="preserve">Căn cứ Kế hoạch số 163/KH-UBND ngày 12/5/2026 của Ủy ban nhân dân huyện</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r><w:r><w:t>;</w:t></w:r></w:p>`,
  p('I. MỤC ĐÍCH, YÊU CẦU'),
  p('Nâng cao chất lượng phục vụ người dân.'),
  p('II. NHIỆM VỤ'),
  p('1. Rà soát thủ tục hành chính'),
  p('Đơn vị chủ trì: Văn phòng HĐND và UBND xã; thời gian thực hiện: Quý III/2026.'),
  p('2. Số hóa hồ sơ'),
  table(true, 4, row(cell('TT'), cell('Nội dung'), cell('Chủ trì'), cell('Thời gian')), row(cell('1'), cell('Số hóa kết quả giải quyết thủ tục'), cell('Công chức Văn phòng - Thống kê'), cell('Tháng 9/2026'))),
  p('III. TỔ CHỨC THỰC HIỆN'),
  p('Các đơn vị báo cáo kết quả về UBND xã trước ngày 15/12/2026.'),
  table(false, 2, row(cell('Nơi nhận:', '- UBND huyện;', '- Lưu: VT.'), cell('TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', 'Nguyễn Văn An'))),
].join('');

const parts: Record<string, string> = {
  '[Content_Types].xml':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>',
  '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`,
  'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/footnotes" Target="footnotes.xml"/><Relationship Id="rId2" Type="${R}/header" Target="header1.xml"/></Relationships>`,
  'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}<w:sectPr><w:headerReference w:type="default" r:id="rId2"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>`,
  'word/footnotes.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="${W}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Quyết định số 01/2026/QĐ-UBND ngày 05/01/2026 của UBND huyện.</w:t></w:r></w:p></w:footnote></w:footnotes>`,
  'word/header1.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="${W}">${p('DỰ THẢO', '<w:jc w:val="right"/>')}</w:hdr>`,
};

const work = mkdtempSync(join(tmpdir(), 'kh-doc-'));
try {
  const files: Record<string, Uint8Array> = {};
  for (const [name, xml] of Object.entries(parts)) files[name] = strToU8(xml);
  writeFileSync(join(work, 'ke-hoach-word97.docx'), zipSync(files));
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(work, 'profile')}`, '--convert-to', 'doc:MS Word 97', '--outdir', work, join(work, 'ke-hoach-word97.docx')], { stdio: 'ignore', timeout: 120_000 });
  const out = join(import.meta.dirname, '..', 'tests', 'fixtures', 'doc');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'ke-hoach-word97.doc'), readFileSync(join(work, 'ke-hoach-word97.doc')));
  console.log(`wrote ${join(out, 'ke-hoach-word97.doc')}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
