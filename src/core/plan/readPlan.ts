/**
 * The plan reader: snapshot → lines → landmarks (header, "KẾ HOẠCH", preamble, sections, Nơi
 * nhận and signature, appendix) → outline → Plan. Each concern is one pass over its own stretch
 * of lines, so reading stays linear in the document (a 5,000-task plan reads in one sweep).
 */
import { fold } from '../text/fold';
import { findPeriod } from '../text/periods';
import type { DocumentSnapshot } from '../snapshot';
import { lastParagraphOf, readLines, type PlanLine } from './lines';
import type { Item, Plan, Section, TaskLabelStyle } from './model';
import { ARCHIVE, AUTHORITY, RECIPIENTS, closingPlaces, isName, isTitleLine, readClosing } from './readClosing';
import { headerPlaces, reportingClauses } from './places';
import { findKindLine, readHeader, readTitle } from './readHeader';
import { isCheckedAsPlan, readDocumentForm, readDocumentKind } from './documentKind';
import { matchBody } from '../catalog/bodies';
import { readArabicHeading, readOutline, readSectionHeading, type OutlineItem, type OutlineSection } from './readOutline';
import { citesDatedDocument, isBasisLine, isCitationLine, readReferences } from './readReferences';
import { readReporting } from './readReporting';
import { readTargets } from './readTargets';
import { readCellTaskTables, readTextTaskTables, type TaskTables } from './readTaskTable';
import { tasksFromSections } from './readTasks';
import { ENDS_HYPHENATED, LOWER, STARTS_UPPER } from '../text/letters';

// A line that stops inside a sentence: on a small letter, a digit or a hyphen.
const ENDS_MID_SENTENCE = new RegExp(`[${LOWER}\\d-]$`, 'u');

const APPENDIX = /^phu luc(?:\s+(?:so\s*)?[\divxl]+)?\s*[:.]?$/;

export function readPlan(snapshot: DocumentSnapshot): Plan {
  const { lines, wrapWidth } = readLines(snapshot);
  const documentKind = readDocumentKind(lines);
  // "KẾ HOẠCH" wherever it stands in the first lines; another tên loại only where the kind reader found it.
  const planKindLine = findKindLine(lines, 80);
  const kindIndex = planKindLine >= 0 ? planKindLine : documentKind.index;

  const { bodyStart, arabicSections } = findBodyStart(lines, kindIndex);
  const sectionsFrom = bodyStart >= 0 ? bodyStart : lines.length;

  // Header above "KẾ HOẠCH"; without one (an OCR copy), the lines above the first citation.
  let headerEnd = kindIndex;
  if (headerEnd < 0) {
    headerEnd = 0;
    while (headerEnd < sectionsFrom && !isCitationLine(lines[headerEnd])) headerEnd++;
  }
  const form = readDocumentForm(lines, kindIndex);
  // An appendix file has no header: its "(Kèm theo Quyết định … ngày …)" line is not a date line.
  const header = readHeader(form === 'appendix' ? [] : lines.slice(0, headerEnd), kindIndex >= 0);

  let title: string | null = null;
  let titleParagraph: number | undefined;
  let preambleFrom = headerEnd;
  let titleLines: PlanLine[] = [];
  if (kindIndex >= 0) {
    const t = readTitle(lines, kindIndex, sectionsFrom, isBasisLine);
    title = t.title;
    titleParagraph = t.paragraph;
    preambleFrom = t.next;
    titleLines = lines.slice(kindIndex + 1, t.next);
  }
  const titleEnd = title !== null ? lastParagraphOfTitle(lines, kindIndex, preambleFrom) : undefined;

  const bodyEnd = findBodyEnd(lines, Math.max(sectionsFrom, preambleFrom));
  const preamble = lines.slice(preambleFrom, Math.min(sectionsFrom, bodyEnd));
  const references = readReferences(citationLinesOf(titleLines, preamble));

  const closing = readClosing(lines, bodyEnd);

  // Task tables in the body or in an appendix; their lines are not items of the outline.
  const cellTables = readCellTaskTables(lines);
  const textTables = readTextTaskTables(lines, sectionsFrom);
  const bodyLines = lines.slice(sectionsFrom, bodyEnd);
  const outline = readOutline(bodyLines, new Set([...cellTables.lines, ...textTables.lines]), arabicSections);

  const bodyEndParagraph = lines[bodyEnd]?.paragraph ?? Infinity;
  const holders = placeTables([...cellTables.tables, ...textTables.tables], outline, bodyEndParagraph);
  // A point that holds a task table is a heading over the table's tasks, unless it names its own lead and timing.
  const itemTasks = tasksFromSections(outline).filter((t) => !holders.has(t.path) || (t.lead && t.timing));
  const tableTasks = [...cellTables.tasks, ...textTables.tasks];
  const tasks = [...itemTasks, ...tableTasks].sort((a, b) => a.paragraph - b.paragraph);

  const period = readPeriod(title, bodyLines, outline);
  const targets = readTargets(targetZones(outline, bodyLines), period?.to ?? null);
  // An appendix task table sets deadlines too ("báo cáo kết quả … chậm nhất trong tháng 8 hằng năm" in a cell).
  const appendixTables = new Set([...cellTables.lines, ...textTables.lines]);
  const reporting = readReporting(bodyLines.concat(lines.slice(bodyEnd).filter((l) => l.tags.includes('kh:report-deadline') || appendixTables.has(l))));

  const labelled = itemTasks.some((t) => t.fields.lead || t.fields.timing || t.fields.cooperating);
  // Leads named only by the headings above the tasks ("2.1. Sở Tài chính") are a style of their own.
  const headed = itemTasks.some((t) => t.fields.lead?.source === 'heading') && !itemTasks.some((t) => t.fields.lead && t.fields.lead.source !== 'heading');
  const itemStyle: TaskLabelStyle = headed ? 'unit-heading' : 'per-task';
  const taskLabelStyle: TaskLabelStyle = labelled && tableTasks.length ? 'mixed' : labelled ? itemStyle : tableTasks.length ? 'table' : 'none';

  const sections = outline.filter((s) => !s.pseudo).map(toSection);
  const kindCode = planKindLine >= 0 ? 'KH' : documentKind.code;
  return {
    kind: kindCode,
    kindName: planKindLine >= 0 ? 'Kế hoạch' : form === 'appendix' ? 'Phụ lục' : documentKind.name,
    checkedAsPlan: form !== 'appendix' && isCheckedAsPlan(kindCode, sections.map((s) => s.kinds)),
    ...(form ? { form } : {}),
    // An office named under its body ("UBND TỈNH LAI CHÂU / VĂN PHÒNG") has the body's level, as the checks read it.
    ...(wrapWidth ? { hardWrapWidth: wrapWidth } : {}),
    level: header.issuer ? ((matchBody(header.issuer) ?? (header.parentBody ? matchBody(header.parentBody) : null))?.level ?? null) : null,
    number: header.number,
    date: header.date,
    place: header.place,
    issuer: header.issuer,
    parentBody: header.parentBody,
    title,
    references,
    sections,
    tasks,
    targets,
    reporting,
    signer: closing.signer,
    recipients: closing.recipients,
    archiveLine: closing.archiveLine,
    period,
    taskLabelStyle,
    at: {
      number: header.at.number,
      date: header.at.date,
      title: titleParagraph,
      preamble: preamble.length ? [preamble[0].paragraph, lastParagraphOf(preamble[preamble.length - 1])] : undefined,
      recipients: closing.at.recipients,
      archiveLine: closing.at.archiveLine,
      signer: closing.at.signer,
    },
    dateText: header.dateText,
    header: headerPlaces(header, lines, snapshot, { text: title, paragraph: titleParagraph, lastParagraph: titleEnd }, lines[kindIndex], outline.find((s) => !s.pseudo)?.paragraph),
    closing: closingPlaces(closing, lines),
    reportingClauses: reportingClauses(snapshot),
  };
}

/**
 * Paths of table tasks, unique in the plan: a table inside the body takes the path of the point it
 * sits under ("III.1.a.2"); appendix tables are `PL`, `PL2` … in order ("PL.II.3"). Returns the
 * paths of the points that hold a table, and of the points above them.
 */
function placeTables(tables: TaskTables['tables'], outline: OutlineSection[], bodyEnd: number): Set<string> {
  const holders = new Set<string>();
  let appendix = 0;
  for (const table of [...tables].sort((a, b) => a.paragraph - b.paragraph)) {
    let prefix: string;
    const section = table.paragraph < bodyEnd ? outline.filter((s) => s.paragraph < table.paragraph).pop() : undefined;
    if (section) {
      let holder: OutlineItem | undefined;
      for (let items = section.items; ; ) {
        const item = items.filter((i) => i.paragraph < table.paragraph).pop();
        if (!item) break;
        holder = item;
        // The point and the points above it are headings over the table's tasks.
        holders.add(item.path);
        items = item.children;
      }
      prefix = holder?.path ?? section.numeral;
    } else {
      appendix++;
      prefix = appendix === 1 ? 'PL' : `PL${appendix}`;
    }
    for (const t of table.tasks) t.path = prefix + t.path.slice('PL'.length);
  }
  return holders;
}

/** The last paragraph of the trích yếu: the last line before the preamble that is not a "(Kèm theo …)" note. */
function lastParagraphOfTitle(lines: PlanLine[], kindIndex: number, next: number): number | undefined {
  for (let i = next - 1; i >= kindIndex; i--) if (!/^\(/.test(lines[i].text)) return lastParagraphOf(lines[i]);
  return undefined;
}

/** The first section heading after "KẾ HOẠCH": Roman ("I. …", or "I." over its title), else "1. MỤC ĐÍCH …" in capitals. */
function findBodyStart(lines: PlanLine[], kindIndex: number): { bodyStart: number; arabicSections: boolean } {
  for (let i = kindIndex + 1; i < lines.length; i++) {
    if (lines[i].cell) continue;
    const alone = /^[IVX]{1,4}\s*\.?$/.test(lines[i].text) && i + 1 < lines.length && readSectionHeading(`${lines[i].text.replace(/\.?$/, '.')} ${lines[i + 1].text}`);
    if (readSectionHeading(lines[i].text, 1) || alone) return { bodyStart: i, arabicSections: false };
  }
  // A plan with no Roman numerals ("1. MỤC ĐÍCH, YÊU CẦU" … "5. TỔ CHỨC THỰC HIỆN") still has a body.
  for (let i = kindIndex + 1; i < lines.length; i++) {
    if (!lines[i].cell && readArabicHeading(lines[i].text) && !isCitationLine(lines[i])) return { bodyStart: i, arabicSections: true };
  }
  return { bodyStart: -1, arabicSections: false };
}

/** The body runs to Nơi nhận, the signature, a "PHỤ LỤC" heading or a Lưu line, whichever comes first. */
function findBodyEnd(lines: PlanLine[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    const l = lines[i];
    if ((RECIPIENTS.test(l.fold) && l.text.length < 80) || AUTHORITY.test(l.text) || (APPENDIX.test(l.fold) && l.text === l.text.toUpperCase())) return i;
    if (ARCHIVE.test(l.fold) && l.text.length < 80) {
      // A recipients list without its "Nơi nhận:" heading: the closing starts at its first line.
      let start = i;
      while (start - 1 > i - 40 && /^[-–+•].{0,100};$/.test(lines[start - 1].text)) start--;
      return start;
    }
  }
  return unheadedSignature(lines, from);
}

// A line that opens with a cited document: "Quyết định số …", "Kế hoạch liên tịch số …".
const CITED_DOCUMENT = /^(?:quyet dinh|ke hoach|nghi quyet|nghi dinh|thong tu|chi thi|cong van|chuong trinh|ket luan|cong dien|huong dan|luat|van ban|thong bao|de an|phuong an|quy che)\b[^;]{0,60}?\bso\b/;

/** The lines whose citations are the plan's bases; a citation cut over several lines is one line. */
function citationLinesOf(titleLines: PlanLine[], preamble: PlanLine[]): PlanLine[] {
  // A trích yếu that cites its parent ("Thực hiện Kế hoạch số 163/KH-UBND ngày 12/5/2026 …") cites it too.
  const out: PlanLine[][] = titleLines.filter((l) => isCitationLine(l) && citesDatedDocument(l)).map((l) => [l]);
  let list = false;
  let taken = -2;
  for (let i = 0; i < preamble.length; i++) {
    const line = preamble[i];
    const group = out[out.length - 1];
    const prev = group?.[group.length - 1];
    const follows = prev !== undefined && taken === i - 1;
    // A citation cut over two lines (a hard line break in a pasted text) continues on the next: a line
    // in lower case, or in capitals after a break mid-sentence ("… ngày 06/01/2022 của" / "Thủ tướng …");
    // "Căn cứ các văn bản sau:" is followed by its list ("- Nghị định số …;").
    // A break after a comma is mid-sentence too, unless the line is the one that issues the plan ("…, Ủy ban nhân dân tỉnh ban hành …").
    const midSentence = follows && (ENDS_MID_SENTENCE.test(prev.text) || (/,$/.test(prev.text) && !/\bban hanh\b|^(?:theo|xet) de nghi/.test(line.fold)));
    const lowerStart = !STARTS_UPPER.test(line.text);
    // After a ";" or ":" the list of documents goes on: "…;" / "Quyết định số 02110/QĐ-UBND …", "…;" / "các văn bản: …".
    const nextDocument = follows && ((/;$/.test(prev.text) && lowerStart) || (/[;:]$/.test(prev.text) && CITED_DOCUMENT.test(line.fold)));
    const continues = follows && !isCitationLine(line) && ((!/[;.:]$/.test(prev.text) && (lowerStart || midSentence)) || nextDocument);
    const listed: boolean = follows && (list || /:$/.test(prev.text)) && /^(?:[-–+•]|[a-zđ]\)|\d{1,2}[.)])\s*/.test(line.text);
    list = listed || (list && continues);
    if (continues && !listed) group.push(line);
    else if (isCitationLine(line) || continues || listed) out.push([line]);
    else continue;
    taken = i;
  }
  // A number cut after its hyphen ("01/2025/TT-" / "BNV") is joined without a space.
  const join = (g: PlanLine[], key: 'text' | 'fold' | 'raw') => g.map((l, k) => (k > 0 && ENDS_HYPHENATED.test(g[k - 1].text) ? '' : k > 0 ? ' ' : '') + l[key]).join('');
  return out.map((g) => (g.length === 1 ? g[0] : { ...g[0], text: join(g, 'text'), fold: join(g, 'fold'), raw: join(g, 'raw') }));
}

/** With no Nơi nhận, Lưu or TM./KT. line, a title in capitals over a name near the end starts the signature. */
function unheadedSignature(lines: PlanLine[], from: number): number {
  for (let i = Math.max(from, lines.length - 6); i < lines.length - 1; i++) {
    if (isTitleLine(lines[i]) && !/^[IVX]+\s*\./.test(lines[i].text) && isName(lines[i + 1])) return i;
  }
  return lines.length;
}

// Where the body states the plan's own period; a "giai đoạn" in a citation is the cited document's.
const OWN_PERIOD = /^(?:\d+\.\s*)?(?:[-–+]\s*)?thoi gian thuc hien(?: ke hoach)?\s*:|^tren day la ke hoach/;

/** The plan's giai đoạn: from its title, else from the body's own statement outside the tasks. */
function readPeriod(title: string | null, body: PlanLine[], outline: OutlineSection[]): Plan['period'] {
  if (title) {
    const p = findPeriod(title);
    if (p) return p;
  }
  const inTasks = outline.filter((s) => s.kind === 'tasks').map((s) => [s.paragraph, s.endParagraph] as const);
  for (const line of body) {
    if (!OWN_PERIOD.test(line.fold) || inTasks.some(([a, b]) => line.paragraph >= a && line.paragraph <= b)) continue;
    const p = findPeriod(line.text);
    if (p) return p;
  }
  return null;
}

/** Lines where targets are written: objectives sections, and items titled "Mục tiêu …"/"Chỉ tiêu …" elsewhere. */
function targetZones(outline: OutlineSection[], body: PlanLine[]): PlanLine[][] {
  const ranges: [number, number][] = [];
  for (const s of outline) {
    if (s.kind === 'objectives') ranges.push([s.paragraph, s.endParagraph]);
    else if (s.kind === 'purpose' || s.kind === 'other') {
      for (const item of s.items) if (/muc tieu|chi tieu/.test(fold(item.title))) ranges.push([item.paragraph, item.endParagraph]);
    }
  }
  return ranges.map(([a, b]) => body.slice(lowerBound(body, a), lowerBound(body, b + 1)));
}

function lowerBound(lines: PlanLine[], paragraph: number): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid].paragraph < paragraph) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function toItem(item: OutlineItem): Item {
  return { path: item.path, marker: item.marker, title: item.title, paragraph: item.paragraph, endParagraph: item.endParagraph, children: item.children.map(toItem) };
}

function toSection(s: OutlineSection): Section {
  const section: Section = { numeral: s.numeral, title: s.title, kind: s.kind, kinds: s.kinds, paragraph: s.paragraph, endParagraph: s.endParagraph, items: s.items.map(toItem) };
  if (s.part) section.part = s.part;
  return section;
}
