/**
 * A plan read from a document, as a parent plan a child can cite and be checked against
 * (`kh parent import`). Every value says where it was read (paragraph, table row); what the
 * document does not say is left blank, listed in `unresolved` and marked unread in its
 * provenance, for the maintainer to fill. Nothing is guessed.
 */
import { daysInMonth, type DatePeriod } from '../text/dates';
import { kindOfNumber } from '../text/documentKinds';
import { foldWords, squashSpaces } from '../text/fold';
import { romanToNumber as fromRoman } from '../text/roman';
import type { DocumentSnapshot, SnapshotParagraph } from '../snapshot';
import type { Item, Plan, Task } from './model';
import type { ParentPlan, ParentReporting, ParentTarget, ParentTask, ProvenanceNote } from './parentPlan';
import { readPlan } from './readPlan';

/** `lãnh đạo chủ chốt là nữ` → `lanh-dao-chu-chot-la-nu`: ids maintainers can type. */
export function slugify(text: string, maxWords = 6): string {
  return foldWords(text)
    .replace(/%/g, ' ')
    .split(' ')
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-');
}

/** `III.1.a` → `1.a`: the task's code inside its section; null for bullets and table rows without one. */
function taskCode(path: string): string | null {
  const code = path.replace(/^[IVXLC]+\./, '');
  return /^\d+(\.(\d+|[a-zđ]))*$/u.test(code) ? code : null;
}

/** Where a paragraph is, as a maintainer finds it again in Word: `đoạn 193 (bảng 3, dòng 2)`. */
function placeOf(snapshot: DocumentSnapshot | undefined, paragraph: number | undefined): string {
  if (paragraph == null) return 'trong văn bản';
  const cell = snapshot?.paragraphs[paragraph - 1]?.cell;
  return cell ? `đoạn ${paragraph}, bảng ${cell.table + 1} dòng ${cell.row + 1}` : `đoạn ${paragraph}`;
}

interface TableRow {
  table: number;
  row: number;
  cells: string[];
  paragraph: number;
}

/** The rows of every table, cells joined line by line (a cell of several paragraphs is one text). */
function tableRows(paragraphs: SnapshotParagraph[]): TableRow[] {
  const rows = new Map<string, TableRow>();
  for (const p of paragraphs) {
    if (!p.cell) continue;
    const key = `${p.cell.table}:${p.cell.row}`;
    const r = rows.get(key) ?? rows.set(key, { table: p.cell.table, row: p.cell.row, cells: [], paragraph: p.index }).get(key)!;
    const text = squashSpaces(p.text);
    r.cells[p.cell.column] = r.cells[p.cell.column] ? squashSpaces(`${r.cells[p.cell.column]} ${text}`) : text;
  }
  return [...rows.values()];
}

/**
 * An appendix row's group: the last "I | Cải cách thể chế" row above it in its table. Rows are
 * numbered again in each group, so the code is the group's number and the row's (`2.3`).
 */
function groupOf(rows: TableRow[], snapshot: DocumentSnapshot | undefined, at: number): { number: number; title: string; paragraph: number } | null {
  const table = snapshot?.paragraphs[at - 1]?.cell?.table;
  if (table == null) return null;
  let found: { number: number; title: string; paragraph: number } | null = null;
  for (const r of rows) {
    if (r.table !== table || r.paragraph > at) continue;
    const n = /^[IVX]{1,5}$/.test(r.cells[0] ?? '') ? fromRoman(r.cells[0]) : null;
    if (n && r.cells[1] && (!found || r.paragraph > found.paragraph)) found = { number: n, title: r.cells[1], paragraph: r.paragraph };
  }
  return found;
}

/** The last day a month or quarter allows (`tháng 8` → 31/8, `quý III` → 30/9). */
function lastDayOf(p: DatePeriod): { day: number; month: number } {
  const month = p.month ?? (p.quarter ?? 4) * 3;
  return { day: daysInMonth(p.year ?? 2025, month), month };
}

const cleanTitle = (t: string) => squashSpaces(t).replace(/[:;,]\s*$/, '');

export function planToParent(plan: Plan, id: string, snapshot?: DocumentSnapshot): ParentPlan {
  const unresolved: string[] = [];
  const values: Record<string, ProvenanceNote> = {};
  const from = (key: string, paragraph: number | undefined) => (values[key] = { from: placeOf(snapshot, paragraph) });
  const unread = (key: string, why: string) => {
    values[key] = { unread: why };
    unresolved.push(key);
  };
  const need = <T>(value: T | null | undefined, field: string, paragraph: number | undefined, why: string, blank: T): T => {
    if (value == null || value === '') {
      unread(field, why);
      return blank;
    }
    from(field, paragraph);
    return value;
  };

  // A draft's blank number ("Số: /KH-UBND") still tells the kind, not the number.
  const numberAt = plan.header.number?.paragraph ?? plan.at.number;
  const number = need(plan.number && /^\s*\d/.test(plan.number) ? plan.number : null, 'number', numberAt, `văn bản để trống số (${placeOf(snapshot, numberAt)})`, '');
  const numberKind = plan.number ? kindOfNumber(plan.number.replace(/^\s*\//, '0/')) : null;
  const kind = numberKind ?? 'KH';
  if (numberKind) from('kind', numberAt);
  else unread('kind', 'không đọc được ký hiệu văn bản; KH là mặc định');
  const dateAt = plan.header.dateLine?.paragraph ?? plan.at.date;
  const date = need(plan.date, 'date', dateAt, `dòng ngày tháng chưa ghi đủ ngày${dateAt ? ` (${placeOf(snapshot, dateAt)}: "${squashSpaces(plan.dateText ?? '')}")` : ''}`, '');
  const issuer = need(plan.issuer, 'issuer', plan.header.issuer?.paragraph, 'không thấy tên cơ quan ban hành ở đầu văn bản', '');
  const title = need(plan.title, 'title', plan.at.title, 'không thấy trích yếu dưới tên loại', '');
  if (plan.period) from('period', plan.at.title);
  else unread('period', 'trích yếu và nội dung không ghi giai đoạn');

  const seen = new Set<string>();
  const targets: ParentTarget[] = [];
  for (const t of plan.targets) {
    const year = t.year ?? plan.period?.to ?? null;
    const indicator = (t.indicator ?? t.text).trim().replace(/\s+(đạt|là)$/u, '');
    if (year == null || !indicator) continue;
    let tid = slugify(indicator, 8) || `chi-tieu-${targets.length + 1}`;
    while (seen.has(`${tid}@${year}`)) tid = `${tid}-${targets.length + 1}`;
    seen.add(`${tid}@${year}`);
    targets.push({ id: tid, indicator, value: t.value, unit: t.unit, year });
    from(`targets[${tid}]`, t.paragraph);
    // A target without its own year runs to the end of the plan's period.
    if (t.year == null) values[`targets[${tid}].year`] = { assumed: `năm cuối giai đoạn ${plan.period!.from}-${plan.period!.to}` };
  }
  if (targets.length === 0) unread('targets', 'văn bản không đặt chỉ tiêu bằng số');

  const rows = snapshot ? tableRows(snapshot.paragraphs) : [];
  const codes = new Set<string>();
  const tasks: ParentTask[] = [];
  const add = (code: string, t: Omit<ParentTask, 'code'>, paragraph: number) => {
    let c = code;
    // A number merged over several rows ("PL.VII.2 (2)"): the second becomes 7.2.2.
    for (let k = 2; codes.has(c); k++) c = `${code}.${k}`;
    codes.add(c);
    tasks.push({ code: c, ...t });
    from(`tasks[${c}]`, paragraph);
  };
  // Every point of the tasks sections, with the fields the reader found on it, and every table row
  // (a schedule inside a point is `III.1.a.2`, an appendix row `PL.II.3`), in document order.
  type Listed = Pick<Task, 'path' | 'title' | 'lead' | 'timing' | 'paragraph' | 'source'>;
  const byPath = new Map<string, Listed>();
  // The sections the reader found tasks in ("III" of III.1.a.2); all tasks sections when it found none.
  const withTasks = new Set(plan.tasks.map((t) => t.path.split('.')[0]));
  const taskSections = plan.sections.filter((x) => x.kind === 'tasks');
  for (const s of taskSections.some((x) => withTasks.has(x.numeral)) ? taskSections.filter((x) => withTasks.has(x.numeral)) : taskSections) {
    const walk = (items: Item[]) => {
      for (const i of items) {
        if (!taskCode(i.path)) continue;
        byPath.set(i.path, { path: i.path, title: i.title, lead: null, timing: null, paragraph: i.paragraph, source: 'item' });
        walk(i.children);
      }
    };
    walk(s.items);
  }
  for (const t of plan.tasks) byPath.set(t.path, t);
  const listed = [...byPath.values()].sort((a, b) => a.paragraph - b.paragraph);
  for (const t of listed) {
    if (!t.title.trim()) continue;
    const fields = { ...(t.lead ? { suggestedLead: t.lead } : {}), ...(t.timing ? { timing: t.timing } : {}) };
    const appendix = /^PL\d*\.(?:([IVX]+)\.)?(\d+)/.exec(t.path);
    if (appendix) {
      // An appendix row: under its group ("II | Cải cách thủ tục hành chính"), numbered within it.
      const group = appendix[1] ? groupOf(rows, snapshot, t.paragraph) : null;
      if (group && !codes.has(String(group.number))) add(String(group.number), { title: cleanTitle(group.title) }, group.paragraph);
      add(group ? `${group.number}.${Number(appendix[2])}` : String(Number(appendix[2])), { title: cleanTitle(t.title), ...fields }, t.paragraph);
      continue;
    }
    add(taskCode(t.path.replace(/\s*\(\d+\)$/, '')) ?? String(tasks.length + 1), { title: cleanTitle(t.title), ...fields }, t.paragraph);
  }
  if (tasks.length === 0) unread('tasks', 'không thấy mục nhiệm vụ hay bảng phân công');

  let reporting: ParentReporting | null = null;
  // A day ("trước ngày 30/11"), else a month or quarter ("chậm nhất trong tháng 8 hằng năm"): the reader's periods.
  const r = plan.reporting.find((d) => d.day != null && d.month != null) ?? plan.reporting.find((d) => d.period && d.period.unit !== 'year' && (d.period.month != null || d.period.quarter != null));
  // Who reports are sent to: "về Ủy ban nhân dân tỉnh (qua Sở Nội vụ)", "báo cáo UBND tỉnh", as the clause words it.
  const REPORT_TO = /(?:về|cho|báo cáo)\s+((?:Chủ tịch\s+)?(?:Ủy ban nhân dân|UBND|Sở|Bộ)\s+[^.;,(]*?)\s*(\((?:qua|thông qua)[^)]*\))?(?=\s+(?:trước|chậm nhất|để|theo|định kỳ|hằng|lồng|công tác|tình hình|kết quả)|\s*[.;,]|$)/u;
  // The deadline's own paragraph first: it says who the report goes to more often than not.
  const own = r && snapshot?.paragraphs[r.paragraph - 1];
  const clauses = [...(own ? [{ paragraph: r.paragraph, text: own.text }] : []), ...plan.reportingClauses];
  const clause = clauses.find((c) => REPORT_TO.test(c.text));
  const m = clause ? REPORT_TO.exec(clause.text) : null;
  const to = m ? (m[2] ? `${m[1]} ${m[2]}` : m[1]) : null;
  if (r) {
    const end = r.day != null ? { day: r.day, month: r.month! } : lastDayOf(r.period!);
    reporting = { ...end, year: r.year, recurrence: r.recurrence ?? (r.year ? 'once' : 'yearly'), ...(r.day == null ? { period: r.period } : {}), text: r.text, ...(to ? { to } : {}) };
    for (const k of ['deadline', 'recurrence', 'text']) from(`reporting.${k}`, r.paragraph);
    if (to) from('reporting.to', clause!.paragraph);
  } else {
    const asks = clause ?? plan.reportingClauses[0];
    unread('reporting', asks ? `${placeOf(snapshot, asks.paragraph)} yêu cầu báo cáo nhưng không ghi hạn bằng ngày, tháng: "${squashSpaces(asks.text).slice(0, 90)}…"` : 'văn bản không ghi hạn báo cáo');
  }

  // Its own parent is in the catalog under an id only a person can tell.
  if (plan.references.length) unread('parent', `văn bản căn cứ ${plan.references.map((x) => x.number).join(', ')} (${placeOf(snapshot, plan.references[0].paragraph)}); ghi mã của văn bản cấp trên trong danh mục, nếu có`);

  return {
    id,
    kind,
    number,
    date,
    issuer,
    title,
    ...(plan.period ? { period: plan.period } : {}),
    targets,
    tasks,
    reporting,
    parent: null,
    ...(unresolved.length ? { unresolved: unresolved.filter((u) => ['number', 'date', 'issuer', 'title', 'period', 'targets', 'tasks', 'reporting', 'parent', 'kind'].includes(u)) } : {}),
    provenance: { document: snapshot?.source ?? null, values },
  };
}

/** A parent plan read from the document `fileName` (CLI `--parent`, the pane's import), its id from the file's name. */
export function parentFromDocument(snapshot: DocumentSnapshot, fileName: string): ParentPlan {
  const stem = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  return planToParent(readPlan(snapshot), slugify(stem), snapshot);
}
