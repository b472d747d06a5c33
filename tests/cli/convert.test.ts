import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { kh } from '../support/kh';
import { docxWithBody } from '../fixtures/docx/handmadeDocx';


const TNR = 'w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"';
const STYLES =
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Cu"><w:basedOn w:val="Normal"/><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr></w:style>' +
  '<w:style w:type="character" w:styleId="VnChar"><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr></w:style>';

// Each legacy run and what it must become; the other runs must stay byte for byte.
const RUNS: [before: string, after: string][] = [
  ['<w:r><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/><w:b/></w:rPr><w:t>thùc hiÖn</w:t></w:r>', `<w:r><w:rPr><w:rFonts ${TNR}/><w:b/></w:rPr><w:t>thực hiện</w:t></w:r>`],
  ['<w:r><w:rPr><w:rFonts w:ascii=".VnTimeH" w:hAnsi=".VnTimeH"/></w:rPr><w:t>kÕ ho¹ch</w:t></w:r>', `<w:r><w:rPr><w:rFonts ${TNR}/></w:rPr><w:t>KẾ HOẠCH</w:t></w:r>`],
  ['<w:r><w:t>b×nh ®¼ng</w:t></w:r>', `<w:r><w:rPr><w:rFonts ${TNR}/></w:rPr><w:t>bình đẳng</w:t></w:r>`],
  ['<w:r><w:rPr><w:rStyle w:val="VnChar"/></w:rPr><w:t>c«ng t¸c</w:t></w:r>', `<w:r><w:rPr><w:rStyle w:val="VnChar"/><w:rFonts ${TNR}/></w:rPr><w:t>công tác</w:t></w:r>`],
  ['<w:r><w:rPr><w:rFonts w:ascii="VNI-Times" w:hAnsi="VNI-Times" w:eastAsia="MS Mincho"/></w:rPr><w:t xml:space="preserve">Ñaûng boä </w:t></w:r>', `<w:r><w:rPr><w:rFonts ${TNR} w:eastAsia="MS Mincho"/></w:rPr><w:t xml:space="preserve">Đảng bộ </w:t></w:r>`],
];
const KEEP = [
  '<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr><w:t xml:space="preserve">Kế hoạch ¸ </w:t></w:r>',
  // A run in Times New Roman inside a .VnTime paragraph: its own font wins, it is Unicode already.
  '<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr><w:t>Lưu: VT.</w:t></w:r>',
];
const body = (runs: string[]) =>
  `<w:p w:rsidR="00D52E98"><w:pPr><w:jc w:val="center"/></w:pPr>${KEEP[0]}${runs[0]}${runs[1]}</w:p>` +
  `<w:p><w:pPr><w:pStyle w:val="Cu"/></w:pPr>${runs[2]}${KEEP[1]}</w:p>` +
  `<w:p>${runs[3]}${runs[4]}</w:p><w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>`;

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'kh-convert-'));
}

describe('kh convert (.docx)', () => {
  it('converts each run set in a TCVN3, TCVN3 capitals or VNI font, by the font Word shows, to Unicode in Times New Roman', async () => {
    const dir = tmp();
    const input = join(dir, 'cu.docx');
    const bytes = docxWithBody(body(RUNS.map(([b]) => b)), STYLES);
    writeFileSync(input, bytes);
    const r = await kh('convert', input, '-o', join(dir, 'moi.docx'));
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('5 đoạn chữ');

    const before = unzipSync(bytes);
    const after = unzipSync(readFileSync(join(dir, 'moi.docx')));
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    // Every other part byte for byte; in document.xml, exactly the legacy runs changed.
    for (const name of Object.keys(before)) if (name !== 'word/document.xml') expect(after[name], name).toEqual(before[name]);
    const expected = strFromU8(before['word/document.xml']).replace(body(RUNS.map(([b]) => b)), body(RUNS.map(([, a]) => a)));
    expect(expected).not.toBe(strFromU8(before['word/document.xml']));
    expect(strFromU8(after['word/document.xml'])).toBe(expected);
  });

  it('writes nothing and says so when no run is in a legacy font', async () => {
    const dir = tmp();
    const input = join(dir, 'moi.docx');
    writeFileSync(input, docxWithBody(`<w:p>${KEEP[0]}</w:p>`, STYLES));
    const r = await kh('convert', input);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('không cần chuyển');
  });
});

describe('kh convert (.txt)', () => {
  const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

  it('tells TCVN3 from its characters, says it assumed so, and writes UTF-8 beside the file', async () => {
    const dir = tmp();
    const input = join(dir, 'ke-hoach.txt');
    writeFileSync(input, latin1('KÕ ho¹ch thùc hiÖn c«ng t¸c b×nh ®¼ng giíi\nN¬i nhËn:\n'));
    const r = await kh('convert', input);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('coi là mã TCVN3');
    expect(readFileSync(join(dir, 'ke-hoach-unicode.txt'), 'utf8')).toBe('Kế hoạch thực hiện công tác bình đẳng giới\nNơi nhận:\n');
  });

  it('takes the encoding given with --from', async () => {
    const dir = tmp();
    const input = join(dir, 'vni.txt');
    writeFileSync(input, latin1('Keá hoaïch'));
    const r = await kh('convert', input, '--from', 'vni', '-o', join(dir, 'ra.txt'));
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('coi là');
    expect(readFileSync(join(dir, 'ra.txt'), 'utf8')).toBe('Kế hoạch');
  });

  it('refuses, in one line naming the file, text whose encoding it cannot tell', async () => {
    const dir = tmp();
    const input = join(dir, 'unicode.txt');
    writeFileSync(input, 'Kế hoạch thực hiện\n');
    const r = await kh('convert', input);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unicode.txt');
    expect(r.stderr).toContain('--from tcvn3');
    expect(r.stderr.split('\n')).toHaveLength(1);
  });
});
