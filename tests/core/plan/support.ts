import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPlan } from '../../../src/core/plan/readPlan';
import type { Plan } from '../../../src/core/plan/model';
import type { DocumentSnapshot } from '../../../src/core/snapshot';
import { paragraphsFromText, readPlainText } from '../../../src/core/text/readPlainText';

const FIXTURES = join(__dirname, '../../fixtures/plans');

/** A plan read from text written in the test. */
export function readText(text: string): Plan {
  return readPlan(paragraphsFromText(text, 'ke-hoach.txt'));
}

/** A plan read from one of our fixture files, through the same bytes path as `kh`. */
export function readFixture(name: string): Plan {
  return readPlan(readPlainText(readFileSync(join(FIXTURES, name)), name));
}

export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** A plan around a given tasks section, with a header and the usual closing. */
export function planWithBody(body: string): string {
  return [
    'ỦY BAN NHÂN DÂN', 'XÃ AN PHÚ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
    'Số: 12/KH-UBND', 'An Phú, ngày 10 tháng 6 năm 2026', 'KẾ HOẠCH', 'Thực hiện công tác năm 2026',
    'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;', 'I. MỤC ĐÍCH, YÊU CẦU', 'Bảo đảm hiệu quả.',
    body,
    'Nơi nhận:', '- UBND huyện;', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Hoàng Văn Nam',
  ].join('\n');
}

/** The snapshot paragraph a task points at: its text, for readable assertions. */
export function textAt(snapshot: DocumentSnapshot, paragraph: number): string {
  return snapshot.paragraphs[paragraph - 1]?.text ?? '';
}
