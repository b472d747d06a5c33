/**
 * The end of a plan: "Nơi nhận:" with its recipients and the "- Lưu: VT, …" line (box 9b), and
 * the signature (boxes 7a–7c): the TM./KT./Q./TL./TUQ. lines, the title, the name. Layouts differ
 * (the signature may come before Nơi nhận when a two-column table is read column by column), so
 * each part is found by its own marks. What follows the name is an appendix.
 */
import { fold, isMostlyUpper, squashSpaces } from '../text/fold';
import type { PlanLine } from './lines';
import type { ClosingPlaces, Place, Signer } from './model';
import { HAS_UPPER, LOWER, MARK, UPPER } from '../text/letters';

// "Nơi nhận:", or "Nơi nhận" alone or before a column's tab: a guideline's body may speak of
// "Nơi nhận văn bản …", which is no heading.
export const RECIPIENTS = /^noi nhan(?:\s*:\s*|\s*$|\t\s*)/;
// Outside the closing only "Nơi nhận:" with its colon is the heading.
const RECIPIENTS_ANYWHERE = /^noi nhan\s*:/;
// "TM.", "KT.", "Q.", "TL.", "TUQ."; also the older "T/M", "K/T" and a prefix whose full stop was lost.
export const AUTHORITY = new RegExp(String.raw`^(?:TM|KT|Q|TL|TUQ|T\/M|K\/T|T\/L)(?:\s*\.\s*|\s+)(?=[${UPPER}])`, 'u');
// "- Lưu: VT, TH.", also without its colon ("- Lưu VT, NC.").
export const ARCHIVE = /^(?:[-–+•]\s*)?luu\s*(?::|\s+(?:vt|van thu|vp|hs|ho so)\b)/;
// Signing marks and the stamp of a digital signature, printed between the title and the name.
const SIGNED = /^[([]?\s*(?:da ky|daky|ky ten|ky,|dong dau|ky va ghi ro|chu ky so|ky boi|ngay ky|thoi gian ky|signature|co quan\s*:|email\s*:)/;
// A person's name: two to seven capitalised words, no digits or punctuation of a sentence.
// Ethnic-minority names keep their apostrophes and inner letters: "H' Yim Kđoh", "Y Thanh Niê".
const NAME = new RegExp(String.raw`^(?:[${UPPER}][${LOWER}${MARK}'’]*\.?\s+){1,6}[${UPPER}][${LOWER}${MARK}'’]*$`, 'u');

export interface Closing {
  recipients: string[];
  archiveLine: string | null;
  signer: Signer | null;
  at: { recipients?: number; archiveLine?: number; signer?: number };
  /** The same parts as places (paragraph and line as printed); rules read these. */
  places: ClosingPlaces;
  /** Index (in `lines`) of the first line after the closing: an appendix starts there. */
  end: number;
}

/** Reads the closing from `start` (the first line after the body) onward. */
export function readClosing(allLines: PlanLine[], start: number): Closing {
  const places: ClosingPlaces = { recipientsHeading: null, recipients: [], archiveLine: null, signature: null };
  const closing: Closing = { recipients: [], archiveLine: null, signer: null, at: {}, places, end: start };
  const recipient = (text: string, paragraph: number) => {
    closing.recipients.push(text);
    places.recipients.push({ paragraph, text });
  };
  const lines = columnsInOrder(allLines, start);
  let i = start;
  // A list with no "Nơi nhận:" heading still starts the closing when the body ended on it.
  let inRecipients = start < lines.length && /^[-–+•]/.test(lines[start].text) && !ARCHIVE.test(lines[start].fold);
  let signerDone = false;
  while (i < lines.length) {
    const line = lines[i];
    if (line.text === '') {
      i++; // an empty table cell between the blocks
      continue;
    }
    if (RECIPIENTS.test(line.fold) && closing.at.recipients === undefined) {
      closing.at.recipients = line.paragraph;
      places.recipientsHeading = { paragraph: line.paragraph, text: line.text };
      const rest = line.text.replace(/^\S+\s+\S+\s*:?\s*/, '');
      if (rest) recipient(rest.replace(/^[-–+•]\s*/, ''), line.paragraph);
      inRecipients = true;
      i++;
      continue;
    }
    if (closing.archiveLine === null && ARCHIVE.test(line.fold)) {
      closing.archiveLine = line.text;
      closing.at.archiveLine = line.paragraph;
      places.archiveLine = { paragraph: line.paragraph, text: line.text };
      inRecipients = false;
      i++;
      closing.end = i;
      if (signerDone) break;
      continue;
    }
    const inClosing = closing.at.recipients !== undefined || closing.archiveLine !== null;
    if (!signerDone && (AUTHORITY.test(line.text) || (!inRecipients && isTitleLine(line) && ((i + 1 < lines.length && looksLikeName(lines, i + 1, line)) || (inClosing && SIGNER_TITLE.test(line.text)))))) {
      places.signature = { paragraph: line.paragraph, text: line.text };
      i = readSigner(lines, i, closing);
      signerDone = true;
      inRecipients = false;
      closing.end = i;
      if (closing.at.recipients !== undefined) break;
      continue;
    }
    if (inRecipients) {
      recipient(line.text.replace(/^[-–+•]\s*/, ''), line.paragraph);
      i++;
      closing.end = i;
      continue;
    }
    break;
  }
  return closing;
}

// Between the two columns: a tab, or the run of spaces of a PDF copy laid out as printed.
const COLUMN_GAP = /\t+| {3,}/;
/**
 * The closing's places, with the Nơi nhận and Lưu lines looked for in the whole document when the
 * closing itself has none (a layout the closing reader did not follow): a rule then still knows the
 * document has them.
 */
export function closingPlaces(closing: Closing, lines: PlanLine[]): ClosingPlaces {
  const places = closing.places;
  const anywhere = (re: RegExp): Place | null => {
    const line = lines.find((l) => re.test(l.fold));
    return line ? { paragraph: line.paragraph, text: line.text } : null;
  };
  return {
    ...places,
    recipientsHeading: places.recipientsHeading ?? anywhere(RECIPIENTS_ANYWHERE),
    archiveLine: places.archiveLine ?? anywhere(ARCHIVE_ANYWHERE),
  };
}

// Outside the closing only the "Lưu:" with its colon is taken: "lưu" is a word of the body too.
const ARCHIVE_ANYWHERE = /^(?:[-–+]\s*)?luu\s*:/;

// A row with text in the right column only: led by a tab or by a wide indent.
const RIGHT_ONLY = /^(?:\s*\t| {8,})\s*\S/;

/**
 * A two-column closing pasted as text: each row is "Nơi nhận cell⇥signature cell" ("Nơi nhận:⇥TM.
 * ỦY BAN NHÂN DÂN", "- Lưu: VT, KT.⇥Nguyễn Văn A"). The left column is read first, then the right,
 * as if the table were read column by column; a closing without such rows is returned as it is.
 */
function columnsInOrder(lines: PlanLine[], start: number): PlanLine[] {
  let last = -1;
  let rightCells = 0;
  for (let i = start; i < Math.min(lines.length, start + 40); i++) {
    if (lines[i].cell || !COLUMN_GAP.test(lines[i].raw)) continue;
    const cells = lines[i].raw.split(COLUMN_GAP).filter((c) => c.trim() !== '');
    if (cells.length > 2) break; // a table of its own (an appendix), not the closing's two columns
    last = i;
    if (/\S(?:\t| {3,})\s*\S/.test(lines[i].raw) || RIGHT_ONLY.test(lines[i].raw)) rightCells++;
  }
  if (last < 0 || rightCells < 2) return lines;
  const left: PlanLine[] = [];
  const right: PlanLine[] = [];
  const cell = (line: PlanLine, raw: string): PlanLine => {
    const text = squashSpaces(raw);
    return { ...line, raw, text, fold: fold(text) };
  };
  for (let i = start; i <= last; i++) {
    const line = lines[i];
    const gap = RIGHT_ONLY.test(line.raw) ? 0 : line.raw.trimStart().search(COLUMN_GAP);
    if (gap < 0) {
      left.push(line);
      continue;
    }
    const raw = gap === 0 ? line.raw : line.raw.trimStart();
    const a = raw.slice(0, gap);
    const b = raw.slice(gap).replace(/^\s+/, '');
    if (a.trim()) left.push(cell(line, a));
    if (b.trim()) right.push(cell(line, b));
  }
  return [...lines.slice(0, start), ...left, ...right, ...lines.slice(last + 1)];
}

export function isTitleLine(line: PlanLine): boolean {
  return isMostlyUpper(line.text) && line.text.length <= 60 && !/\d/.test(line.text);
}

// Words of a title, not of a name: an all-capitals line made of them is the title.
const TITLE_WORD = /CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG|PHÓ|ỦY BAN|UỶ BAN|VĂN PHÒNG|BÍ THƯ|CHÁNH|HỘI ĐỒNG|THƯỜNG TRỰC/;

/** A person's name, in normal case or, as some copies print it, in capitals. */
// A rank or degree printed before the name: "Đại tá Nguyễn Văn A", "TS. Lê Thị B" (the latter a defect a check reports).
const NAME_PREFIX = /^(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tá|tướng|úy|uý)|(?:PGS|GS|TS|ThS|BS|KS|CKII|CKI|BSCKII|BSCKI)\.?(?:\s*(?:TS|ThS|BS)\.?)*)\s+/u;

// "(Đã ký)" printed after the name on its line.
const SIGNED_AFTER = /\s*[([]\s*(?:đã ký|ký|đã ký và đóng dấu)[^)\]]*[)\]]\s*$/iu;

/** The name as printed, without a "(Đã ký)" after it. */
function nameText(line: PlanLine): string {
  return line.text.replace(SIGNED_AFTER, '');
}

// A signer's title alone on its line, as a draft signs before the name is known: "CHỦ TỊCH", "PHÓ GIÁM ĐỐC".
const SIGNER_TITLE = /^(?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|CHÁNH VĂN PHÒNG|TRƯỞNG BAN|TRƯỞNG PHÒNG|HIỆU TRƯỞNG|(?:CHI )?CỤC TRƯỞNG|VIỆN TRƯỞNG|BÍ THƯ)$/u;

// Headings that open what follows the signature, never a signer's name: "PHỤ LỤC", "DANH MỤC".
const NOT_A_NAME = /^(?:PHỤ LỤC|DANH MỤC|BIỂU MẪU|MẪU SỐ)\b/u;

/**
 * Whether `line` can belong to the signature block that `from` is in: a signature laid out in a
 * table cell ends with its table, so a line after the table is not the signer's name.
 */
function sameBlock(from: PlanLine | undefined, line: PlanLine): boolean {
  return !from?.cell || line.cell?.table === from.cell.table;
}

export function isName(line: PlanLine): boolean {
  const text = nameText(line);
  if (NOT_A_NAME.test(text)) return false;
  if (NAME.test(text) || NAME.test(text.replace(NAME_PREFIX, ''))) return true;
  const words = text.split(' ');
  return isMostlyUpper(text) && words.length >= 2 && words.length <= 6 && !/[\d:;,.()]/.test(text) && !TITLE_WORD.test(text);
}

// Where a title starts inside an authority line: a deputy's "PHÓ …" first, else the head's own title.
const TITLE_IN_AUTHORITY = /\s(?=PHÓ\s)|\s(?=(?:CHỦ TỊCH|GIÁM ĐỐC|CHÁNH VĂN PHÒNG|TRƯỞNG BAN|HIỆU TRƯỞNG|(?:CHI )?CỤC TRƯỞNG|VIỆN TRƯỞNG)(?:\s|$))/u;

/** "KT. CHỦ TỊCH PHÓ CHỦ TỊCH" → ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], or null when no title follows the office. */
function authorityAndTitle(text: string): [string, string] | null {
  const prefix = AUTHORITY.exec(text);
  if (!prefix) return null;
  const office = text.slice(prefix[0].length);
  const deputy = office.search(/\sPHÓ\s/u);
  const at = deputy > 0 ? deputy : office.slice(1).search(TITLE_IN_AUTHORITY) + 1;
  if (at <= 0) return null;
  return [text.slice(0, prefix[0].length + at).trim(), office.slice(at).trim()];
}

/** "PHÓ GIÁM ĐỐC Giàng A Tính" → the title in capitals before a name in normal case, or null. */
function titleAndName(line: PlanLine): [string] | null {
  const words = nameText(line).split(' ');
  let k = 0;
  while (k < words.length && HAS_UPPER.test(words[k]) && words[k] === words[k].toUpperCase()) k++;
  // A one-letter capital ("A", "Y") after the title starts the name: "… GIÁM ĐỐC Y Thanh Niê".
  while (k > 0 && [...words[k - 1]].length === 1) k--;
  if (k === 0 || k === words.length) return null;
  const title = words.slice(0, k).join(' ');
  const rest = words.slice(k).join(' ');
  return TITLE_WORD.test(title) && isName({ ...line, text: rest }) ? [title] : null;
}

function looksLikeName(lines: PlanLine[], i: number, from?: PlanLine): boolean {
  while (i < lines.length && (SIGNED.test(lines[i].fold) || lines[i].text === '')) i++;
  return i < lines.length && isName(lines[i]) && sameBlock(from, lines[i]);
}

function readSigner(lines: PlanLine[], i: number, closing: Closing): number {
  const authority: string[] = [];
  const first = lines[i];
  closing.at.signer = lines[i].paragraph;
  while (i < lines.length && AUTHORITY.test(lines[i].text)) authority.push(lines[i++].text);
  let title: string | null = null;
  let name: string | null = null;
  if (i < lines.length && isTitleLine(lines[i])) title = lines[i++].text;
  else if (i < lines.length && authority.length && looksLikeName(lines, i, first)) {
    // "KT. CHỦ TỊCH PHÓ CHỦ TỊCH" on one line, the name below: the title was run into the authority.
    const split = authorityAndTitle(authority[authority.length - 1]);
    if (split) [authority[authority.length - 1], title] = split;
  } else if (i < lines.length) {
    // "PHÓ GIÁM ĐỐC Giàng A Tính": the title and the name on one line.
    const split = titleAndName(lines[i]);
    if (split) [title, name] = [split[0], nameText(lines[i++]).slice(split[0].length).trim()];
  }
  while (name === null && i < lines.length && (SIGNED.test(lines[i].fold) || lines[i].text === '')) i++;
  if (name === null && i < lines.length && isName(lines[i]) && sameBlock(first, lines[i])) name = nameText(lines[i++]);
  closing.signer = { authority: authority.length ? authority.join(' ') : null, title, name, paragraph: closing.at.signer };
  return i;
}
