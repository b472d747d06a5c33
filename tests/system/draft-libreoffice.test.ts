import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/kh';
import type { CliIO } from '../../src/cli/io';
import { readDocx } from '../../src/core/ooxml/readDocx';
import { requireBinaries } from '../support/system';

const ok = requireBinaries('kh draft → LibreOffice', 'soffice', 'pdftotext', 'pdftoppm');
const ROOT = join(__dirname, '..', '..');

async function kh(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (t) => out.push(t), err: (t) => err.push(t), color: false, cwd: ROOT };
  return { code: await main(argv, io), stdout: out.join('\n'), stderr: err.join('\n') };
}

/** What each drafted plan must show once LibreOffice has laid it out. */
const EXPECT: Record<string, { parent: string; text: string[] }> = {
  'xa-dong-viet': {
    parent: 'kh-163-ubnd-bac-ninh',
    text: [
      'ỦY BAN NHÂN DÂN XÃ ĐỒNG VIỆT',
      // Số and the ký hiệu are apart in a draft: the blank is for the number.
      'Số:',
      '/KH-UBND',
      'Đồng Việt, ngày tháng 5 năm 2026',
      'Thực hiện Kế hoạch số 163/KH-UBND ngày 12/5/2026 của Chủ tịch UBND tỉnh Bắc Ninh',
      'Đơn vị chủ trì: Phòng Văn hóa - Xã hội xã',
      'Đơn vị phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội xã',
      'Thời gian thực hiện: Thường xuyên',
      'đạt 65%',
      'Đề nghị Hội Liên hiệp Phụ nữ xã',
      'trước ngày 30/11 hằng năm',
      '- Lưu: VT, VHXH.',
      'KT. CHỦ TỊCH',
      'Tô Văn Lượng',
    ],
  },
  'vp-ubnd-lai-chau': {
    parent: 'kh-4595-ubnd-lai-chau',
    text: [
      'UBND TỈNH LAI CHÂU',
      'VĂN PHÒNG',
      'Số:',
      '/KH-VPUBND',
      'Lai Châu, ngày tháng 6 năm 2026',
      'Thực hiện Kế hoạch số 4595/KH-UBND ngày 9/6/2026 của UBND tỉnh Lai Châu',
      'Đơn vị chủ trì: Phòng Hành chính - Quản trị',
      'Thời gian thực hiện: Hằng năm',
      'Đề nghị Công đoàn cơ sở Văn phòng UBND tỉnh',
      'trước ngày 10/11 hằng năm',
      '- Lưu: VT, HCQT.',
      'KT. CHÁNH VĂN PHÒNG',
      'Nguyễn Văn Ban',
    ],
  },
};

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
  'Căn cứ Quyết định số 2282/QĐ-TTg ngày 31/12/2020 của Thủ tướng Chính phủ',
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

      // First page as a picture: docs/draft-<name>.png when KH_UPDATE_DOCS=1.
      execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, join(dir, 'page1')]);
      expect(statSync(join(dir, 'page1.png')).size).toBeGreaterThan(20_000);
      if (process.env.KH_UPDATE_DOCS === '1') copyFileSync(join(dir, 'page1.png'), join(ROOT, 'docs', `draft-${name}.png`));
    });
  }
});
