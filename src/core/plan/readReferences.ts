/**
 * The documents a plan cites in its preamble ("Căn cứ …;", "Thực hiện …", "Triển khai …"): each
 * numbered document once, in order, with its date when any mention gives one. Numbers are read as
 * printed in both schemes: NĐ 30 ("163/KH-UBND", "200/2023/NĐ-CP", "61/2024/QH15") and the
 * Party's ("14-KH/TU", "10-CTr/TU"). "Theo đề nghị …" lines name the proposer, not a basis.
 */
import { fold } from '../text/fold';
import { findDates, type FoundDate } from '../text/dates';
import { LETTER, LOWER, UPPER } from '../text/letters';
import { hasTag, type PlanLine } from './lines';
import type { Reference } from './model';

const SYM = `[${UPPER}][${LETTER}\\d&]*`;
// A further group after "-"; with spaces around the hyphen ("KH - UBND", a typing defect) only a group in capitals.
const MORE = `(?:-${SYM}|\\s-\\s?[${UPPER}\\d&]{2,}(?![${LOWER}])|-\\s[${UPPER}\\d&]{2,}(?![${LOWER}]))*`;
const DOCUMENT_NUMBER = new RegExp(
  `(?<![${LETTER}\\d/\\-])(?:\\d{1,6}-${SYM}\\s?\\/\\s?${SYM}${MORE}|\\d{1,6}(?:\\/\\d{4})?\\s?\\/\\s?${SYM}${MORE})(?![${LETTER}\\d])`,
  'gu',
);

const CITATION_VERB = /^(?:[-–+•]\s*)?(?:(?:de|nham|tiep tuc)\s+(?:trien khai|thuc hien|cu the hoa)|can cu|thuc hien|trien khai|thi hanh)\b/;
const PROPOSAL = /[;.]\s*(?:xet|theo) (?:de nghi|to trinh)/;
const NOT_A_BASIS = /^(?:[-–+•]\s*)?(?:theo|xet) de nghi/;

/** A preamble line that cites: starts with Căn cứ / Thực hiện / Triển khai, or is tagged as the parent citation. */
export function isCitationLine(line: PlanLine): boolean {
  return hasTag(line, 'kh:parent-citation') || (CITATION_VERB.test(line.fold) && !NOT_A_BASIS.test(line.fold));
}

/** "Căn cứ …": a line that can only be preamble, never a trích yếu. */
export function isBasisLine(line: PlanLine): boolean {
  return /^(?:[-–+•]\s*)?can cu\b/.test(line.fold);
}

/** A line that cites a dated, numbered document ("Thực hiện Kế hoạch số 163/KH-UBND ngày 12/5/2026 …"). */
export function citesDatedDocument(line: PlanLine): boolean {
  DOCUMENT_NUMBER.lastIndex = 0;
  return DOCUMENT_NUMBER.test(line.text) && findDates(line.text).length > 0;
}

const TYPE_BY_SYMBOL: Record<string, string> = {
  KH: 'KH', QĐ: 'QĐ', NQ: 'NQ', CT: 'CT', NĐ: 'NĐ', TT: 'TT', TTLT: 'TTLT', CĐ: 'CĐ', PA: 'PA', CTr: 'CTr', ĐA: 'ĐA',
  QC: 'QC', QCPH: 'QC', KHLT: 'KHLT', VBHN: 'VBHN', QyĐ: 'QyĐ', HD: 'HD', TB: 'TB', BC: 'BC', KL: 'KL', TTr: 'TTr', CV: 'CV', NQLT: 'NQLT',
};
const TYPE_WORDS: [RegExp, string][] = [
  [new RegExp(`luat(?: [${LETTER} ,]+)?$`, 'u'), 'Luật'], [/phap lenh$/, 'PL'], [/nghi quyet$/, 'NQ'], [/nghi dinh$/, 'NĐ'], [/quyet dinh$/, 'QĐ'],
  [/ke hoach$/, 'KH'], [/chi thi$/, 'CT'], [/thong tu$/, 'TT'], [/cong dien$/, 'CĐ'], [/de an$/, 'ĐA'], [/phuong an$/, 'PA'],
  [/chuong trinh(?: hanh dong)?$/, 'CTr'], [/quy che(?: phoi hop)?$/, 'QC'], [/huong dan$/, 'HD'], [/ket luan$/, 'KL'], [/cong van$/, 'CV'], [/van ban(?: hop nhat)?$/, 'CV'],
];

function referenceType(number: string, before: string): string | null {
  // Party numbers put the type between "-" and "/" (14-KH/TU); NĐ 30 numbers after the last "/" (12/2023/NĐ-CP).
  const party = /^\d+-([^/]+)\//.exec(number);
  const symbol = (party ? party[1] : number.split('/').pop()!.split('-')[0]).trim();
  if (TYPE_BY_SYMBOL[symbol]) return TYPE_BY_SYMBOL[symbol];
  const words = fold(before).replace(/\s*(?:so|:)\s*$/, '').replace(/\s+$/, '');
  for (const [re, type] of TYPE_WORDS) if (re.test(words.slice(-60))) return type;
  return null;
}

const DOC_TYPE_WORD = '(?:chuong trinh|ke hoach|nghi quyet|quyet dinh|chi thi|nghi dinh|thong tu|cong dien|de an|luat|quy che|phuong an|huong dan|cong van|ket luan)';
// The issuer ends where the subject starts ("về", "phê duyệt", "sửa đổi" …) or at punctuation; a comma
// inside a body's name ("Sở Văn hóa, Thể thao và Du lịch") does not end it.
const ISSUER = new RegExp(`^\\s*(?:,\\s*)?(?:cua|do)\\s+((?:[^,;.(“”"]|,(?=\\s+[a-z ]{1,20}\\s+va\\s))+?)(?=\\s+(?:ve|phe duyet|ban hanh|quy dinh|thuc hien|trien khai|ke hoach|huong dan|ngay|tai|doi voi|sua doi|bo sung|hop nhat|giao|va\\s+(?:cac\\s+)?${DOC_TYPE_WORD})\\b|[;.(“”"]|,(?!\\s+[a-z ]{1,20}\\s+va\\s)|$)`);
const SUBJECT_START = /^\s*,?\s*(?:ve viec|ve|phe duyet|ban hanh|quy dinh|huong dan)\b/;
// Between two numbers sharing one date: "số 008/CĐ-UBND và số 009/CĐ-UBND ngày 19/11/2025".
const CONNECTOR = /^[\s,]*(?:va|,)?\s*(?:so)?\s*$/;
// Words after which a date belongs to something else than the cited document.
// ("… của UBND tỉnh ban hành ngày 15/10/2025" names the document's own date.)
const DATE_STOP = /\s(?:ve|phe duyet|quy dinh|tai)\s|\sban hanh\s(?!ngay)|[“"]/;

interface Mention {
  number: string;
  start: number;
  end: number;
}

/** References cited on the preamble lines, each once, in order. */
export function readReferences(lines: PlanLine[]): Reference[] {
  const byNumber = new Map<string, Reference>();
  const out: Reference[] = [];
  for (const line of lines) {
    // "…; Xét đề nghị của … tại Tờ trình số …": the proposal is not a basis, even on a citation line.
    const proposal = PROPOSAL.exec(line.fold);
    const text = proposal ? line.text.slice(0, proposal.index) : line.text;
    const folded = proposal ? line.fold.slice(0, proposal.index) : line.fold;
    const mentions: Mention[] = [];
    DOCUMENT_NUMBER.lastIndex = 0;
    for (let m = DOCUMENT_NUMBER.exec(text); m; m = DOCUMENT_NUMBER.exec(text)) mentions.push({ number: m[0], start: m.index, end: m.index + m[0].length });
    if (!mentions.length) continue;
    const dates = findDates(text);
    const verb = /^(?:[-–+•]\s*)?((?:(?:de|nham|tiep tuc)\s+)?(?:can cu|thuc hien|trien khai|thi hanh|cu the hoa))/.exec(folded);
    const own: (FoundDate | null)[] = mentions.map((mention, i) => {
      const limit = Math.min(i + 1 < mentions.length ? mentions[i + 1].start : text.length, clauseEnd(text, mention.end));
      const date = dates.find((d) => d.index >= mention.end && d.index < limit) ?? null;
      if (!date) return null;
      // "Quyết định số X của … về … đến ngày …": a date after the subject is not the document's.
      return DATE_STOP.test(folded.slice(mention.end, date.index + 4)) ? null : date;
    });
    for (let i = mentions.length - 2; i >= 0; i--) {
      if (!own[i] && own[i + 1] && CONNECTOR.test(folded.slice(mentions[i].end, mentions[i + 1].start))) own[i] = own[i + 1];
    }
    mentions.forEach((mention, i) => {
      const key = mention.number.replace(/\s+/g, '');
      const date = own[i];
      const existing = byNumber.get(key);
      if (existing) {
        if (!existing.date && date?.iso) existing.date = date.iso;
        return;
      }
      const afterStart = date && date.index >= mention.end ? date.end : mention.end;
      const after = folded.slice(afterStart, clauseEnd(text, afterStart));
      const issuerMatch = ISSUER.exec(after);
      const issuer = issuerMatch ? text.slice(afterStart + issuerMatch[0].length - issuerMatch[1].length, afterStart + issuerMatch[0].length).trim() : null;
      const subjectFrom = afterStart + (issuerMatch ? issuerMatch[0].length : 0);
      const subjectText = folded.slice(subjectFrom);
      const subject = SUBJECT_START.test(subjectText) ? text.slice(subjectFrom, clauseEnd(text, subjectFrom)).replace(/^[\s,]+/, '').replace(/[;.:\s]+$/, '') || null : null;
      const ref: Reference = {
        type: referenceType(mention.number, text.slice(Math.max(0, mention.start - 80), mention.start)),
        number: mention.number,
        date: date?.iso ?? null,
        issuer: issuer || null,
        subject,
        paragraph: line.paragraph,
        verb: verb ? text.slice(verb.index, verb.index + verb[0].length).replace(/^[-–+•]\s*/, '') : undefined,
      };
      byNumber.set(key, ref);
      out.push(ref);
    });
  }
  return out;
}

/** End of the clause that starts at `from`: the next ";" (citations are separated by it) or the line's end. */
function clauseEnd(text: string, from: number): number {
  const semi = text.indexOf(';', from);
  return semi < 0 ? text.length : semi;
}
