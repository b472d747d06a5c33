import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { khIn } from '../support/kh';
import { readDocx } from '../../src/core/ooxml/readDocx';
import { requireBinaries } from '../support/system';

const ok = requireBinaries('kh draft → LibreOffice', 'soffice', 'pdftotext', 'pdftoppm', 'pdfinfo');
const ROOT = join(__dirname, '..', '..');

const kh = khIn({ cwd: ROOT });

/** What each drafted plan must show once LibreOffice has laid it out. */
const EXPECT: Record<string, { parent: string; text: string[] }> = {
  'xa-dong-viet': {
    parent: 'kh-163-ubnd-bac-ninh',
    text: [
      'ỦY BAN NHÂN DÂN XÃ ĐỒNG VIỆT',
      'Căn cứ Quyết định số 2282/QĐ-TTg ngày 31/12/2020 của Thủ tướng Chính phủ',
      // Số and the ký hiệu are apart in a draft: the blank is for the number.
      'Số:',
      '/KH-UBND',
      'Đồng Việt, ngày tháng 5 năm 2026',
      'Thực hiện Kế hoạch số 163/KH-UBND ngày 12/5/2026 của Chủ tịch UBND tỉnh Bắc Ninh',
      'Đơn vị chủ trì: Phòng Văn hóa - Xã hội xã',
      'Thời gian thực hiện: Thường xuyên',
      'đạt 50% (năm 2025 đạt 38%)',
      'Đề nghị Hội Liên hiệp Phụ nữ xã',
      'báo cáo UBND tỉnh Bắc Ninh (qua Sở Nội vụ tỉnh Bắc Ninh) trước ngày 30/11 hằng năm',
      '- UBND tỉnh Bắc Ninh (b/c);',
      '- Lưu: VT, VHXH.',
      'KT. CHỦ TỊCH',
      'Tô Văn Lượng',
    ],
  },
  'vp-ubnd-lai-chau': {
    parent: 'kh-4595-ubnd-lai-chau',
    text: [
      'UBND TỈNH LAI CHÂU',
      'Căn cứ Quyết định số 2282/QĐ-TTg ngày 31/12/2020 của Thủ tướng Chính phủ',
      'VĂN PHÒNG',
      'Số:',
      '/KH-VPUBND',
      'Lai Châu, ngày tháng 6 năm 2026',
      'Thực hiện Kế hoạch số 4595/KH-UBND ngày 09/6/2026 của UBND tỉnh Lai Châu',
      'Đơn vị chủ trì: Phòng Hành chính - Quản trị',
      'Thời gian thực hiện: Hằng năm',
      'Đề nghị Công đoàn cơ sở Văn phòng UBND tỉnh',
      'Các phòng, ban, trung tâm báo cáo',
      'trước ngày 30/11 hằng năm',
      '- Lưu: VT, HCQT.',
      'KT. CHÁNH VĂN PHÒNG',
      'Nguyễn Văn Ban',
    ],
  },
  'xa-duc-trong-lam-dong': {
    parent: 'kh-tuyen-truyen-cchc-2026-lam-dong',
    text: [
      'ỦY BAN NHÂN DÂN XÃ ĐỨC',
      'Thực hiện Kế hoạch số 15/KH-UBND ngày 20/01/2026 của UBND tỉnh Lâm Đồng',
      'Tham gia chương trình “Đối thoại về cải cách hành chính”',
      'Đơn vị chủ trì: Trung tâm Phục vụ hành chính công xã',
      'báo cáo UBND tỉnh Lâm Đồng (qua Sở Nội vụ) trước ngày 15/11 hằng năm',
      '- Lưu: VT, VP.',
      'Nguyễn Văn Minh',
    ],
  },
};

/** Field lines of a task: never the first line of a page, parted from their task's heading. */
const FIELD_LINE = /^(Đơn vị chủ trì|Đơn vị phối hợp|Thời gian thực hiện):/u;

/** The first line of body text on each page (the page number NĐ 30 puts at the top of page 2 on is skipped). */
function pageTops(pdf: string): string[] {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  return Array.from({ length: pages }, (_, i) => {
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' });
    return text.split('\n').map((l) => l.trim()).find((l) => l !== '' && !/^\d+$/.test(l)) ?? '';
  });
}

const COMMON = [
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'KẾ HOẠCH',
  'I. MỤC ĐÍCH, YÊU CẦU',
  'II. MỤC TIÊU',
  'III. NHIỆM VỤ, GIẢI PHÁP',
  'IV. KINH PHÍ THỰC HIỆN',
  'V. TỔ CHỨC THỰC HIỆN',
  'VI. CHẾ ĐỘ BÁO CÁO',
  'Nơi nhận:',
];

const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ');

describe.skipIf(!ok)('kh draft → LibreOffice → PDF', () => {
  for (const [name, want] of Object.entries(EXPECT)) {
    it(`examples/${name}.yaml: LibreOffice opens the .docx; the PDF holds every section, the fields, the deadline and Nơi nhận`, async () => {
      const dir = mkdtempSync(join(tmpdir(), `kh-lo-${name}-`));
      const docx = join(dir, `${name}.docx`);
      expect((await kh('draft', '--data', join(ROOT, 'examples', `${name}.yaml`), '-o', docx)).code).toBe(0);

      execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'ignore', timeout: 120_000 });
      const pdf = join(dir, `${name}.pdf`);
      expect(existsSync(pdf)).toBe(true);
      const text = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
      for (const s of [...COMMON, ...want.text]) expect(text, s).toContain(squash(s));

      expect(readDocx(readFileSync(docx), docx).parentLink?.id).toBe(want.parent);
      expect((await kh('check', docx)).code).toBe(0);

      // A văn thư sends back a plan whose task field is left alone at the top of a page.
      const tops = pageTops(pdf);
      expect(tops.length).toBeGreaterThan(1);
      expect(tops.filter((t) => FIELD_LINE.test(t)), `page tops: ${JSON.stringify(tops)}`).toEqual([]);

      // First page and the page where the tasks begin, as pictures: docs/draft-<name>.png and
      // docs/draft-<name>-nhiem-vu.png when KH_UPDATE_DOCS=1.
      const tasksPage = 1 + Array.from({ length: tops.length }, (_, i) => execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' })).findIndex((t) => t.includes('NHIỆM VỤ, GIẢI PHÁP'));
      expect(tasksPage).toBeGreaterThan(0);
      for (const [page, file] of [[1, `draft-${name}.png`], [tasksPage, `draft-${name}-nhiem-vu.png`]] as const) {
        execFileSync('pdftoppm', ['-png', '-r', '80', '-f', String(page), '-l', String(page), '-singlefile', pdf, join(dir, `p${page}`)]);
        expect(statSync(join(dir, `p${page}.png`)).size).toBeGreaterThan(20_000);
        if (process.env.KH_UPDATE_DOCS === '1') copyFileSync(join(dir, `p${page}.png`), join(ROOT, 'docs', file));
      }
    });
  }
});
