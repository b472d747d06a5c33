/**
 * Task tables ("PHỤ LỤC … DANH MỤC NHIỆM VỤ": STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp |
 * Thời gian hoàn thành). In a .docx the paragraphs carry their cell; in plain text a table is one
 * cell per line, so rows are rebuilt from the header: after "STT" come the column titles, then
 * each row starts with its number and has one line per remaining column. Group rows ("I. …")
 * between numbered rows are headings, not tasks.
 */
import { fold, squashSpaces } from '../text/fold';
import type { PlanLine } from './lines';
import type { Task, TaskField } from './model';

interface Row {
  cells: string[];
  paragraphs: number[];
  lines: PlanLine[];
  /** The group row above it ("II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH" → `II`), part of its path. */
  group?: string;
}

interface Columns {
  number: number;
  title: number;
  lead: number;
  cooperating: number;
  timing: number;
}

const NUMBER_HEADER = /^(?:stt|tt|so tt|so thu tu)\.?$/;
const ROW_NUMBER = /^\d{1,3}(?:\.\d{1,2})*\.?$/;
const GROUP_NUMERAL = /^[IVX]{1,5}\s*(?:[.)]\s|[.)]?$)/;
const GROUP_OF = /^([IVX]{1,5})\b/;
const NOT_A_GROUP = /^(?:stt|tt|phu luc|noi nhan|bieu)\b/;

/** Lines of a group row starting at `j` (followed by a numbered row), or 0. */
function groupHeading(lines: PlanLine[], j: number): number {
  for (let k = j; k < Math.min(lines.length, j + 3); k++) {
    if (lines[k].text.length >= 200 || NOT_A_GROUP.test(lines[k].fold)) return 0;
    if (k > j && ROW_NUMBER.test(lines[k].text)) return k - j;
  }
  return 0;
}

function columnsOf(headers: string[]): Columns | null {
  const col: Columns = { number: -1, title: -1, lead: -1, cooperating: -1, timing: -1 };
  headers.forEach((h, i) => {
    const f = fold(h);
    if (col.number < 0 && NUMBER_HEADER.test(f.trim())) col.number = i;
    else if (col.lead < 0 && /^(?:(?:co quan|don vi)(?:\s*[,/]\s*(?:co quan|don vi))?\s+)?chu tri|^trach nhiem(?:\s+thuc hien|\s+chu tri)?$|^(?:co quan|don vi)(?:\s*[,/]\s*(?:co quan|don vi))?\s+(?:duoc giao|thuc hien)$/.test(f.trim())) col.lead = i;
    else if (col.cooperating < 0 && /phoi hop/.test(f) && !/vai tro/.test(f)) col.cooperating = i;
    else if (col.timing < 0 && /thoi gian|thoi han|tien do/.test(f)) col.timing = i;
    else if (col.title < 0 && /noi dung|nhiem vu|hoat dong|cong viec|de an|du an/.test(f)) col.title = i;
  });
  if (col.lead < 0) {
    const exec = headers.findIndex((h) => /^(?:co quan|don vi)(?:\s*[,/]\s*(?:co quan|don vi))?\s+thuc hien/.test(fold(h)));
    if (exec >= 0) col.lead = exec;
  }
  // A content column named for what the table lists ("Cơ sở dữ liệu", "Tên dự án"): the first one left.
  if (col.title < 0) col.title = headers.findIndex((_, i) => i !== col.number && i !== col.lead && i !== col.cooperating && i !== col.timing);
  return col.lead >= 0 && col.title >= 0 ? col : null;
}

function toTasks(rows: Row[], col: Columns, prefix: string): Task[] {
  return rows.map((row) => {
    const at = (i: number) => (i >= 0 ? squashSpaces(row.cells[i] ?? '') : '');
    const para = (i: number) => row.paragraphs[i] ?? row.paragraphs[0];
    const field = (i: number, label: string): TaskField | undefined =>
      i >= 0 ? { value: at(i), label, paragraph: para(i), source: 'table' } : undefined;
    const fields: Task['fields'] = {};
    const lead = field(col.lead, 'Cơ quan chủ trì');
    const cooperating = field(col.cooperating, 'Cơ quan phối hợp');
    const timing = field(col.timing, 'Thời gian hoàn thành');
    if (lead) fields.lead = lead;
    if (cooperating) fields.cooperating = cooperating;
    if (timing) fields.timing = timing;
    const number = at(col.number >= 0 ? col.number : 0).replace(/\.$/, '');
    return {
      path: `${prefix}.${row.group ? `${row.group}.` : ''}${number}`,
      title: at(col.title),
      lead: lead?.value || null,
      cooperating: cooperating?.value || null,
      timing: timing?.value || null,
      paragraph: para(col.title),
      endParagraph: Math.max(...row.paragraphs),
      fields,
      source: 'table' as const,
    };
  });
}

/** Paths unique within the plan: a row under a merged number ("2" over two rows) is `… 2 (2)`. */
function uniquePaths(tasks: Task[]): Task[] {
  const seen = new Map<string, number>();
  for (const t of tasks) {
    const n = (seen.get(t.path) ?? 0) + 1;
    seen.set(t.path, n);
    if (n > 1) t.path = `${t.path} (${n})`;
  }
  return tasks;
}

export interface TaskTables {
  tasks: Task[];
  /** Lines that belong to a task table, for the outline to pass over. */
  lines: Set<PlanLine>;
  /** Each table's first paragraph and its tasks, whose paths start `PL.`, for the caller to place. */
  tables: { paragraph: number; tasks: Task[] }[];
}

/** Task tables of a plain-text plan (one cell per line). */
export function readTextTaskTables(lines: PlanLine[], from: number): TaskTables {
  const used = new Set<PlanLine>();
  const tables: TaskTables['tables'] = [];
  for (let i = from; i < lines.length; i++) {
    if (!lines[i].cell && isCellRow(lines[i])) {
      const j = tabbedTable(lines, i, tables, used);
      if (j > i) {
        i = j - 1;
        continue;
      }
    }
    if (lines[i].cell || !NUMBER_HEADER.test(lines[i].fold.trim())) continue;
    const headers = [lines[i].text];
    let j = i + 1;
    while (j < lines.length && headers.length < 10 && !ROW_NUMBER.test(lines[j].text) && lines[j].text.length <= 80 && !GROUP_NUMERAL.test(lines[j].text)) headers.push(lines[j++].text);
    const col = columnsOf(headers);
    if (!col || headers.length < 3) continue;
    const width = headers.length;
    const rows: Row[] = [];
    const tableLines: PlanLine[] = lines.slice(i, j);
    let group: string | undefined;
    while (j < lines.length) {
      const line = lines[j];
      if (ROW_NUMBER.test(line.text)) {
        const cells = lines.slice(j, j + width);
        // A row short of cells, or a number where a cell should be, ends the table.
        if (cells.length < width || cells.slice(1).some((c) => ROW_NUMBER.test(c.text))) break;
        rows.push({ cells: cells.map((c) => c.text), paragraphs: cells.map((c) => c.paragraph), lines: cells, group });
        tableLines.push(...cells);
        j += width;
      } else {
        // A group row between numbered rows ("I. NÂNG CAO …", or "II" over its title): up to three short lines.
        const heading = groupHeading(lines, j);
        if (!heading) break;
        group = GROUP_OF.exec(line.text)?.[1];
        tableLines.push(...lines.slice(j, j + heading));
        j += heading;
      }
    }
    if (!rows.length) continue;
    tables.push({ paragraph: lines[i].paragraph, tasks: uniquePaths(toTasks(rows, col, 'PL')) });
    for (const l of tableLines) used.add(l);
    i = j - 1;
  }
  return { tasks: tables.flatMap((t) => t.tasks), lines: used, tables };
}

// A Markdown row of a converted copy: "| 1 | Phủ sóng 5G | Sở KH&CN |"; its rule row "|---|---|" carries no cells.
const PIPE_ROW = /^\s*\|.*\|\s*$/;
const isCellRow = (line: PlanLine) => line.raw.includes('\t') || PIPE_ROW.test(line.raw);
const tabCells = (line: PlanLine) => (PIPE_ROW.test(line.raw) ? line.raw.trim().slice(1, -1).split('|') : line.raw.split('\t')).map(squashSpaces);

/**
 * A table pasted with its cells separated by tabs, one row a line ("STT⇥Nhiệm vụ⇥Cơ quan chủ trì⇥…"),
 * or as Markdown rows ("| STT | Nhiệm vụ | Cơ quan chủ trì | … |").
 * Reads it from its header row at `i` when that names a number, a content and a lead column; numbered
 * rows are tasks, other rows ("I⇥PHÁT TRIỂN HẠ TẦNG SỐ") group them. Returns the index after it, or `i`.
 */
function tabbedTable(lines: PlanLine[], i: number, tables: TaskTables['tables'], used: Set<PlanLine>): number {
  const headers = tabCells(lines[i]);
  const col = headers.length >= 3 && NUMBER_HEADER.test(fold(headers[0])) ? columnsOf(headers) : null;
  if (!col) return i;
  const rows: Row[] = [];
  let j = i + 1;
  let group: string | undefined;
  for (; j < lines.length && !lines[j].cell && isCellRow(lines[j]); j++) {
    const cells = tabCells(lines[j]);
    if (ROW_NUMBER.test(cells[0])) rows.push({ cells, paragraphs: cells.map(() => lines[j].paragraph), lines: [lines[j]], group });
    else group = GROUP_OF.exec(cells[0])?.[1] ?? group;
  }
  if (!rows.length) return i;
  tables.push({ paragraph: lines[i].paragraph, tasks: uniquePaths(toTasks(rows, col, 'PL')) });
  for (let k = i; k < j; k++) used.add(lines[k]);
  return j;
}

/** Task tables of a .docx plan, from the cell positions of its paragraphs. */
export function readCellTaskTables(lines: PlanLine[]): TaskTables {
  const tables = new Map<number, Map<number, Row>>();
  const members = new Map<number, PlanLine[]>();
  for (const line of lines) {
    if (!line.cell) continue;
    const { table, row, column } = line.cell;
    const rows = tables.get(table) ?? new Map<number, Row>();
    tables.set(table, rows);
    const r = rows.get(row) ?? { cells: [], paragraphs: [], lines: [] };
    rows.set(row, r);
    // A vertically merged cell (Word shows one cell over several rows) gives each row the lead's text.
    if (line.cell.continuesRow !== undefined && line.text === '') r.cells[column] ||= rows.get(line.cell.continuesRow)?.cells[column] ?? '';
    else r.cells[column] = r.cells[column] ? `${r.cells[column]} ${line.text}` : line.text;
    r.paragraphs[column] ??= line.paragraph;
    r.lines.push(line);
    (members.get(table) ?? members.set(table, []).get(table)!).push(line);
  }
  const used = new Set<PlanLine>();
  const found: TaskTables['tables'] = [];
  for (const [table, rowMap] of [...tables].sort((a, b) => a[0] - b[0])) {
    const rows = [...rowMap].sort((a, b) => a[0] - b[0]).map(([, r]) => r);
    const headerAt = rows.findIndex((r) => columnsOf(fill(r.cells)) !== null);
    if (headerAt < 0) continue;
    const col = columnsOf(fill(rows[headerAt].cells))!;
    // Group rows ("I | Cải cách thể chế") name the part of the path above the numbered rows under them.
    let group: string | undefined;
    const body = rows.slice(headerAt + 1).filter((r) => {
      const number = col.number >= 0 ? squashSpaces(r.cells[col.number] ?? '') : '';
      if (col.number >= 0 && !ROW_NUMBER.test(number)) {
        group = GROUP_OF.exec(number || squashSpaces(r.cells.find((c) => c && c.trim()) ?? ''))?.[1] ?? group;
        return false;
      }
      r.group = group;
      return squashSpaces(r.cells[col.title] ?? '') !== '';
    });
    for (const r of body) {
      r.paragraphs = fill(r.cells).map((_, i) => r.paragraphs[i] ?? r.lines[0].paragraph);
    }
    if (!body.length) continue;
    found.push({ paragraph: rows[0].lines[0].paragraph, tasks: uniquePaths(toTasks(body, col, 'PL')) });
    for (const l of members.get(table) ?? []) used.add(l);
  }
  return { tasks: found.flatMap((t) => t.tasks), lines: used, tables: found };
}

function fill(cells: string[]): string[] {
  return Array.from({ length: cells.length }, (_, i) => cells[i] ?? '');
}
