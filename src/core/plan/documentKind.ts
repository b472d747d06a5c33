/**
 * What kind of document this is, from its tên loại (NĐ 30 box 5a: "KẾ HOẠCH", "BÁO CÁO",
 * "QUYẾT ĐỊNH" … printed in capitals under the header); a công văn has none, but a "V/v" under
 * its number; failing both, the abbreviation in its number ("Số: 12/BC-UBND"). The abbreviations
 * are NĐ 30 Phụ lục III's. A plan's rules apply to a Kế hoạch, and to a Chương trình, Đề án or
 * Phương án laid out as one (tasks and who carries them out).
 */
import { fold, isMostlyUpper } from '../text/fold';
import type { PlanLine } from './lines';
import type { SectionKind } from './model';

export interface DocumentKindInfo {
  /** NĐ 30 abbreviation: `KH`, `QĐ`, `BC`, `CV` …; null when the document does not say. */
  code: string | null;
  /** `Kế hoạch`, `Báo cáo` …; null with the code. */
  name: string | null;
  /** Index in the lines of the tên loại line, or -1. */
  index: number;
}

// Tên loại by its fold, longest first where one starts another.
const KINDS: [RegExp, string, string][] = [
  [/^ke hoach\b/, 'KH', 'Kế hoạch'],
  [/^quyet dinh\b/, 'QĐ', 'Quyết định'],
  [/^bao cao\b/, 'BC', 'Báo cáo'],
  [/^to trinh\b/, 'TTr', 'Tờ trình'],
  [/^thong bao\b/, 'TB', 'Thông báo'],
  [/^huong dan\b/, 'HD', 'Hướng dẫn'],
  [/^chuong trinh\b/, 'CTr', 'Chương trình'],
  [/^de an\b/, 'ĐA', 'Đề án'],
  [/^phuong an\b/, 'PA', 'Phương án'],
  [/^nghi quyet\b/, 'NQ', 'Nghị quyết'],
  [/^chi thi\b/, 'CT', 'Chỉ thị'],
  [/^quy che\b/, 'QC', 'Quy chế'],
  [/^quy dinh\b/, 'QyĐ', 'Quy định'],
  [/^cong dien\b/, 'CĐ', 'Công điện'],
  [/^bien ban\b/, 'BB', 'Biên bản'],
  [/^giay moi\b/, 'GM', 'Giấy mời'],
  [/^cong van\b/, 'CV', 'Công văn'],
];
const NAME_BY_CODE = new Map(KINDS.map(([, code, name]) => [code, name]));

// A section heading or a basis line: the tên loại comes before them.
const BODY_OPENS = /^(?:[ivx]{1,4}\s*[.:)–-]\s|phan thu|can cu\b|thuc hien\b|trien khai\b)/;
const SUBJECT_LINE = /^v\s*\/\s*v\b/;
const NUMBER_KIND = /^so\s*:?\s*[\d…._ ]*\/\s*([^\s/-]+)|^so\s*:?\s*\d+\s*-\s*([^\s/-]+)\s*\//;

/** The document's kind, read from its first lines. */
export function readDocumentKind(lines: PlanLine[], limit = 80): DocumentKindInfo {
  let subject = false;
  let numbered: string | null = null;
  for (let i = 0; i < Math.min(lines.length, limit); i++) {
    const l = lines[i];
    const f = l.fold.replace(/^[*#\s]+/, '');
    if (BODY_OPENS.test(f)) break;
    for (const [re, code, name] of KINDS) {
      const m = re.exec(f);
      // The tên loại is printed in capitals; "Báo cáo kết quả …" in a sentence is not one.
      if (m && isMostlyUpper(l.text.slice(0, m[0].length + 2))) return { code, name, index: i };
    }
    if (SUBJECT_LINE.test(f)) subject = true;
    const n: RegExpExecArray | null = numbered === null ? NUMBER_KIND.exec(f) : null;
    if (n) numbered = (n[1] ?? n[2]).toUpperCase();
  }
  if (subject) return { code: 'CV', name: 'Công văn', index: -1 };
  const code = numbered ? codeOfNumber(numbered) : null;
  return { code, name: code ? (NAME_BY_CODE.get(code) ?? null) : null, index: -1 };
}

/** The abbreviation of a number folded ("BC", "QD", "CTR") as NĐ 30 writes it. */
function codeOfNumber(folded: string): string | null {
  for (const [, code] of KINDS) if (fold(code).toUpperCase() === folded) return code;
  return null;
}

/**
 * Whether the plan rules apply: a Kế hoạch; a document that does not say what it is (an OCR
 * copy without its header); a Chương trình, Đề án or Phương án laid out as a plan, with tasks and a
 * part on who carries them out.
 */
export function isCheckedAsPlan(code: string | null, sectionKinds: SectionKind[][]): boolean {
  if (code === null || code === 'KH') return true;
  if (code === 'CTr' || code === 'ĐA' || code === 'PA') {
    const has = (k: SectionKind) => sectionKinds.some((ks) => ks.includes(k));
    return has('tasks') && (has('organization') || has('purpose'));
  }
  return false;
}

// "ĐẢNG CỘNG SẢN VIỆT NAM" heads a Party document where a state one has its Quốc hiệu (HD 36-HD/VPTW).
const PARTY_MARK = /^dang cong san viet nam\b/;
const QUOC_HIEU = /cong\s*hoa\s*xa\s*hoi\s*chu\s*nghia/;
const APPENDIX_HEAD = /^phu luc\b/;
const ATTACHED_TO = /^\(?\s*(?:ban hanh\s+)?kem theo\b/;

/**
 * The document's form: a Party document (its header says "ĐẢNG CỘNG SẢN VIỆT NAM", no Quốc hiệu),
 * an appendix saved as a file of its own ("Phụ lục I" / "(Kèm theo Quyết định số …)" at the top,
 * with no header or tên loại of its own), or undefined for a state document as NĐ 30 lays it out.
 */
export function readDocumentForm(lines: PlanLine[], kindIndex: number, limit = 12): 'party' | 'appendix' | undefined {
  const head = lines.slice(0, Math.min(lines.length, kindIndex >= 0 ? kindIndex + 1 : limit)).filter((l) => l.text.trim());
  if (head.some((l) => QUOC_HIEU.test(l.fold))) return undefined;
  if (head.some((l) => PARTY_MARK.test(l.fold))) return 'party';
  if (kindIndex < 0 && head[0] && APPENDIX_HEAD.test(head[0].fold) && head.slice(1, 8).some((l) => ATTACHED_TO.test(l.fold))) return 'appendix';
  return undefined;
}
