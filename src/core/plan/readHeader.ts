/**
 * The header of a plan (NĐ 30 boxes 1–5): cơ quan chủ quản and ban hành over one or more lines,
 * Quốc hiệu and Tiêu ngữ, "Số: …/KH-…" as printed (a draft leaves the number blank), "địa danh,
 * ngày … tháng … năm …" (a blank day or month gives no date), "KẾ HOẠCH" and the trích yếu.
 */
import { fold, isMostlyUpper, squashSpaces } from '../text/fold';
import { parseIssueDate } from '../text/dates';
import { LETTER } from '../text/letters';

const TWO_LETTERS = new RegExp(`[${LETTER}].*[${LETTER}]`, 'u');
import type { PlanLine } from './lines';

export interface Header {
  number: string | null;
  date: string | null;
  place: string | null;
  dateText: string | null;
  issuer: string | null;
  parentBody: string | null;
  at: { number?: number; date?: number; issuer?: number; parentBody?: number };
}

// Loose on purpose: an OCR copy garbles a letter or two of the Quốc hiệu and Tiêu ngữ.
const QUOC_HIEU = /^cong hoa xa hoi|chu nghia viet nam|^nghia viet nam$/;
const TIEU_NGU = /^doc lap\s*[-–—]\s*tu do|tu do\s*[-–—]\s*hanh phuc/;
const SEPARATOR = /^[-_=–—.*\s]{3,}$/;
// "CỘNG HÒA XÃ HỘI" is enough: a header line run together may be cut before "CHỦ NGHĨA VIỆT NAM".
const INLINE_MARK = /cong hoa xa hoi(?: chu nghia viet nam)?|doc lap\s*[-–—]\s*tu do|dang cong san viet nam|[-_=–—]{3,}/;
// Marks above or beside the header that name no body: the Party's header, draft and urgency marks.
const NOT_A_BODY = /^(?:dang cong san viet nam|du thao|mat|toi mat|khan|thuong khan|hoa toc|hoa toc hen gio)\b/;
// "Số: 12/KH-UBND", "Số 70/KH-UBND" (OCR lost the colon), "Số: /KH-UBND" (blank number).
// Without the colon, a space inside the number too: "Số 123 /KH-UBND".
const NUMBER_LINE = /^so\s*(?::|\s(?=[^\s]*\/)|\s(?=[\d…._ ]*\/)|\.(?=\s*[\d…./]))\s*/;
const DATE_LINE = /,?\s*ngay\s*(?:[0-9.…_ ]*\s*thang\s*[0-9.…_ ]*\s*nam\s*[0-9.…_]*|\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})/;
// A body's own name starts with one of these; a line starting with a place word continues the line above.
const BODY_HEAD = /^(?:ubnd|uy ban|hdnd|hoi dong|so |van phong|phong |ban |trung tam|chi cuc|cuc |tong cuc|truong |benh vien|thanh tra|dang uy|tinh uy|thanh uy|huyen uy|bo |bo chi huy|cong an|vien |dai |bao |kho bac|quy |cong ty|tong cong ty|hoi |doan |mat tran)/;

/** Splits a header line at tabs, Markdown cell bars or wide gaps: "Số: 12/KH-UBND\t\tHà Nội, ngày …" is two boxes. */
function boxes(line: PlanLine): string[] {
  const out: string[] = [];
  // A header table kept as a Markdown row by a converted copy: "| ỦY BAN NHÂN DÂN … | CỘNG HÒA … |".
  const cells = /^\s*\|.*\|\s*$/.test(line.raw) ? line.raw.trim().slice(1, -1).split('|') : line.raw.split(/\t+/);
  for (const part of cells) {
    // A copy that lost the table may run the two columns together: "TỈNH LAI CHÂU Độc lập - Tự do …".
    const text = squashSpaces(part);
    const f = fold(text);
    const at = f.search(INLINE_MARK);
    if (at > 0) out.push(text.slice(0, at).trim(), text.slice(at).trim());
    else if (text) out.push(text);
  }
  return out.filter(Boolean);
}

/**
 * Reads the header lines (everything above "KẾ HOẠCH"). Without that line (`anchored` false), capitals
 * count as the agency only above a Số or date line: otherwise they are any capitals at the top.
 */
export function readHeader(lines: PlanLine[], anchored = true): Header {
  const header: Header = { number: null, date: null, place: null, dateText: null, issuer: null, parentBody: null, at: {} };
  const agency: string[] = [];
  const agencyAt: number[] = [];
  let previous = '';
  // Capitals read before the date; none means the header was read with the Quốc hiệu and date first.
  let agencyAtDate = -1;
  let numberBelow = false;
  for (const line of lines) {
    for (const box of boxes(line)) {
      const before = previous;
      previous = box;
      const f = fold(box);
      if (QUOC_HIEU.test(f) || TIEU_NGU.test(f) || SEPARATOR.test(box) || NOT_A_BODY.test(f)) continue;
      if (/^[-_=–—]{3,}/.test(box)) continue;
      // "Số:" alone, its number on the next line.
      if (numberBelow && header.number === null && /^[\d…._ ]*\/\S/.test(box)) {
        header.number = squashSpaces(box);
        numberBelow = false;
        continue;
      }
      const num = NUMBER_LINE.exec(f);
      if (num && header.number === null && /^S/.test(box)) {
        let rest = box.slice(num[0].length);
        // Số and the date in one box: the number, printed without spaces, ends at the first one.
        const d = DATE_LINE.exec(fold(rest));
        if (d) {
          const cut = rest.search(/\s/);
          readDate(header, rest.slice(cut > 0 ? cut : 0).trim(), line.paragraph);
          rest = cut > 0 ? rest.slice(0, cut) : '';
        }
        header.number = squashSpaces(rest) || null;
        header.at.number = line.paragraph;
        numberBelow = header.number === null;
        continue;
      }
      if (header.date === null && header.dateText === null && DATE_LINE.test(f)) {
        // "Lai Châu," on the line above "ngày 19 tháng 11 năm 2025": a line break inside box 4.
        const placeAbove = /^ngay/.test(f) && /^[^\d:]{2,40},$/.test(before) ? `${before} ` : '';
        readDate(header, placeAbove + box, line.paragraph);
        if (header.dateText !== null) agencyAtDate = agency.length;
        continue;
      }
      // The body's lines come above Số: before the date, or after it when the date came first (a
      // header table read with its right column first: Quốc hiệu, date, then the body and Số).
      if (header.number === null && (header.dateText === null || agencyAtDate === 0) && isMostlyUpper(box)) {
        agency.push(box);
        agencyAt.push(line.paragraph);
      }
    }
  }
  if (anchored || header.number !== null || header.dateText !== null) {
    const kept = agency.map((text, k) => ({ text, paragraph: agencyAt[k] })).filter((a) => TWO_LETTERS.test(a.text) && !/^[IVX]+\.?$/.test(a.text));
    splitAgency(header, kept);
  }
  return header;
}

function readDate(header: Header, text: string, paragraph: number): void {
  const d = parseIssueDate(text);
  if (!d) return;
  header.place = d.place;
  header.date = d.iso;
  header.dateText = d.text;
  header.at.date = paragraph;
}

/**
 * "UBND TỈNH LÀO CAI / SỞ CÔNG THƯƠNG": the first line after the top one that starts a body's name
 * begins the issuer; "SỞ Y TẾ AN GIANG / BỆNH VIỆN ĐA KHOA / TRUNG TÂM AN GIANG" keeps its last two
 * lines together, "TRUNG TÂM" there being part of the hospital's name.
 */
function splitAgency(header: Header, agency: { text: string; paragraph: number }[]): void {
  if (agency.length === 0) return;
  let start = 0;
  for (let i = 1; i < agency.length && start === 0; i++) if (BODY_HEAD.test(fold(agency[i].text))) start = i;
  header.parentBody = start > 0 ? agency.slice(0, start).map((a) => a.text).join(' ') : null;
  header.issuer = agency.slice(start).map((a) => a.text).join(' ');
  if (start > 0) header.at.parentBody = agency[0].paragraph;
  header.at.issuer = agency[start].paragraph;
}

const KIND = /^ke hoach(?=\s|$|:)/;

/** Index of the "KẾ HOẠCH" line (the tên loại, in capitals), or -1. */
export function findKindLine(lines: PlanLine[], limit: number): number {
  for (let i = 0; i < Math.min(lines.length, limit); i++) {
    if (KIND.test(lines[i].fold) && isMostlyUpper(lines[i].text.slice(0, 8))) return i;
  }
  return -1;
}

/** The trích yếu after "KẾ HOẠCH": its lines, and the index of the first line after them. */
export function readTitle(lines: PlanLine[], kindIndex: number, end: number, startsPreamble: (l: PlanLine) => boolean): { title: string | null; paragraph?: number; next: number } {
  const parts: string[] = [];
  let i = kindIndex + 1;
  let paragraph: number | undefined;
  const sameLine = squashSpaces(lines[kindIndex].text.slice('KẾ HOẠCH'.length));
  if (sameLine) {
    parts.push(sameLine);
    paragraph = lines[kindIndex].paragraph;
  } else if (i < end && !startsPreamble(lines[i])) {
    parts.push(lines[i].text);
    paragraph = lines[i].paragraph;
    i++;
  }
  // Continuation: a line starting in lower case, or capitals under a title in capitals.
  while (parts.length && i < end) {
    const t = lines[i].text;
    const first = t.charAt(0);
    const lowerStart = first !== first.toUpperCase();
    const capsRun = isMostlyUpper(parts[parts.length - 1]) && isMostlyUpper(t);
    if (!(lowerStart || capsRun) || startsPreamble(lines[i])) break;
    parts.push(t);
    i++;
  }
  // "(Kèm theo …)" / "(Ban hành kèm theo …)" right under the title describes it; it is not preamble.
  while (i < end && /^\(/.test(lines[i].text) && /\)\s*[.;]?$/.test(lines[i].text)) i++;
  return { title: parts.length ? squashSpaces(parts.join(' ')) : null, paragraph, next: i };
}
