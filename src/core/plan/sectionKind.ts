/**
 * What a Roman-numeral section is for, from its title. Titles vary ("NỘI DUNG KẾ HOẠCH",
 * "NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU", "KINH PHÍ BẢO ĐẢM" …); the keyword printed first decides, so
 * "TỔ CHỨC THỰC HIỆN, CHẾ ĐỘ THÔNG TIN BÁO CÁO" is organisation and "NỘI DUNG, NHIỆM VỤ" is tasks.
 */
import { fold } from '../text/fold';
import type { SectionKind } from './model';

const KEYWORDS: [RegExp, SectionKind][] = [
  [/muc dich|yeu cau|quan diem/, 'purpose'],
  [/muc tieu|chi tieu/, 'objectives'],
  // "PHÂN CÔNG NHIỆM VỤ" is assignments per body, as in Tổ chức thực hiện.
  [/phan cong (?:nhiem vu|trach nhiem|thuc hien)|to chuc thuc hien|trach nhiem (?:cua|thuc hien)/, 'organization'],
  [/nhiem vu|noi dung|giai phap|hoat dong|chuong trinh hanh dong/, 'tasks'],
  [/kinh phi|nguon luc|ngan sach/, 'budget'],
  [/bao cao|theo doi,? (?:danh gia|kiem tra)|kiem tra,? giam sat/, 'reporting'],
];

/** Every kind the title names, in the order it names them ("CHỈ TIÊU, NHIỆM VỤ" → objectives, tasks). */
export function sectionKinds(title: string): SectionKind[] {
  const f = fold(title);
  const found: [number, number, SectionKind][] = [];
  for (const [re, kind] of KEYWORDS) {
    const m = re.exec(f);
    if (m) found.push([m.index, m.index + m[0].length, kind]);
  }
  // A keyword inside another's phrase names nothing of its own: "PHÂN CÔNG NHIỆM VỤ" is organisation only.
  const own = found.filter(([a, b], i) => !found.some(([c, d], j) => j !== i && c <= a && b <= d && (d - c > b - a || j < i)));
  const kinds = own.sort((x, y) => x[0] - y[0]).map(([, , k]) => k);
  return kinds.length ? kinds : ['other'];
}

export function sectionKind(title: string): SectionKind {
  const f = fold(title);
  let best: SectionKind = 'other';
  let at = Infinity;
  for (const [re, kind] of KEYWORDS) {
    const m = re.exec(f);
    if (m && m.index < at) {
      at = m.index;
      best = kind;
    }
  }
  return best;
}
