/**
 * Where each value of a parent plan comes from: the real document (with its place), an
 * assumption (with why), or nothing (unread). A secretary drafting from a parent sees the
 * assumptions before she signs; a maintainer's lint finds any value nobody vouched for.
 *
 * In the YAML (`provenance.values`) a key names a value or a group of values:
 * `number`, `reporting.deadline`, `tasks[2.a].title`, `tasks[2.a]` (every field of that task),
 * `tasks[*].heading` (every task's heading), `tasks` (all of them). The most specific key wins.
 */
import type { ParentPlan, Provenance, ProvenanceNote } from '../plan/parentPlan';

export type { Provenance, ProvenanceNote };

export type ProvenanceSource = 'document' | 'assumed' | 'unread';

export function sourceOf(note: ProvenanceNote): { source: ProvenanceSource; text: string } {
  if ('from' in note) return { source: 'document', text: note.from };
  if ('assumed' in note) return { source: 'assumed', text: note.assumed };
  return { source: 'unread', text: note.unread };
}

/** `tasks[2.a].title` → ['tasks', '[2.a]', 'title']; null when it is not a key of that form. */
export function keySegments(key: string): string[] | null {
  const out: string[] = [];
  const re = /([A-Za-z][A-Za-z]*)|\[([^\]]+)\]|(\.)/gy;
  let m: RegExpExecArray | null;
  let expectName = true;
  let end = 0;
  while ((m = re.exec(key))) {
    end = re.lastIndex;
    if (m[3]) {
      if (expectName) return null;
      expectName = true;
      continue;
    }
    if (m[1]) {
      if (!expectName) return null;
      out.push(m[1]);
      expectName = false;
    } else {
      if (expectName || out.length === 0) return null;
      out.push(`[${m[2]}]`);
    }
  }
  return end === key.length && !expectName && out.length ? out : null;
}

/** Every value the plan states, as a provenance path (fields left blank or null state nothing). */
export function valuePaths(plan: ParentPlan): string[] {
  const paths: string[] = [];
  const add = (path: string, v: unknown) => {
    if (v != null && v !== '') paths.push(path);
  };
  for (const k of ['kind', 'number', 'date', 'issuer', 'issuerShort', 'title', 'programme', 'period', 'parent'] as const) add(k, plan[k]);
  for (const t of plan.targets) {
    for (const f of ['indicator', 'value', 'unit', 'year', 'levels'] as const) add(`targets[${t.id}].${f}`, t[f]);
  }
  for (const t of plan.tasks) {
    for (const f of ['title', 'heading', 'suggestedLead', 'timing', 'levels'] as const) add(`tasks[${t.code}].${f}`, t[f]);
  }
  const r = plan.reporting;
  if (r) {
    paths.push('reporting.deadline', 'reporting.recurrence');
    add('reporting.to', r.to);
    add('reporting.text', r.text);
  } else paths.push('reporting');
  return paths;
}

function matches(key: string[], path: string[]): boolean {
  return key.length <= path.length && key.every((k, i) => k === path[i] || (k === '[*]' && path[i].startsWith('[')));
}

/** The note of the most specific key covering `path`, or null. */
export function provenanceOf(prov: Provenance | undefined, path: string): { key: string; note: ProvenanceNote } | null {
  if (!prov) return null;
  const target = keySegments(path);
  if (!target) return null;
  let best: { key: string; note: ProvenanceNote; rank: number } | null = null;
  for (const [key, note] of Object.entries(prov.values)) {
    const segs = keySegments(key);
    if (!segs || !matches(segs, target)) continue;
    // Longer keys are more specific; among equals, a named task or target beats `[*]`.
    const rank = segs.length * 10 - segs.filter((s) => s === '[*]').length;
    if (!best || rank > best.rank) best = { key, note, rank };
  }
  return best && { key: best.key, note: best.note };
}

/** The values no provenance key covers: the maintainer's to-do list. */
export function valuesWithoutProvenance(plan: ParentPlan): string[] {
  return valuePaths(plan).filter((p) => !provenanceOf(plan.provenance, p));
}

/** Keys that name no value of the plan (a task code mistyped): they vouch for nothing. */
export function provenanceKeysUnused(plan: ParentPlan): string[] {
  const paths = valuePaths(plan).map((p) => keySegments(p)!);
  return Object.entries(plan.provenance?.values ?? {})
    .filter(([k, note]) => {
      const segs = keySegments(k);
      // What could not be read is blank: its note names the field, not a value.
      if (segs && 'unread' in note && segs.length === 1 && segs[0] in FIELD_VI) return false;
      return !segs || !paths.some((p) => matches(segs, p));
    })
    .map(([k]) => k);
}

export interface ProvenanceLine {
  key: string;
  label: string;
  source: ProvenanceSource;
  text: string;
}

const FIELD_VI: Record<string, string> = {
  kind: 'loại văn bản',
  number: 'số, ký hiệu',
  date: 'ngày ban hành',
  issuer: 'cơ quan ban hành',
  issuerShort: 'tên gọi tắt của cơ quan ban hành',
  title: 'trích yếu',
  programme: 'tên chương trình',
  period: 'giai đoạn',
  parent: 'văn bản cấp trên',
  targets: 'chỉ tiêu',
  tasks: 'nhiệm vụ',
  reporting: 'hạn báo cáo',
  deadline: 'ngày',
  recurrence: 'định kỳ',
  to: 'nơi nhận báo cáo',
  text: 'câu chữ',
  indicator: 'tên chỉ tiêu',
  value: 'mức',
  unit: 'đơn vị tính',
  year: 'năm',
  heading: 'tên ngắn',
  suggestedLead: 'cơ quan chủ trì',
  timing: 'thời gian',
  levels: 'cách hiểu theo cấp',
};

/** `tasks[2.a].timing` → `nhiệm vụ 2.a: thời gian`, in the secretary's words. */
export function provenanceLabel(key: string): string {
  const segs = keySegments(key) ?? [key];
  const parts: string[] = [];
  for (const s of segs) {
    if (s === '[*]') parts[parts.length - 1] = `mọi ${parts[parts.length - 1]}`;
    else if (s.startsWith('[')) parts[parts.length - 1] = `${parts[parts.length - 1]} ${s.slice(1, -1)}`;
    else parts.push(FIELD_VI[s] ?? s);
  }
  return parts.join(': ');
}

/**
 * What the secretary is shown about a parent: what was not read, then what is assumed, then what
 * comes from the document, one line per provenance key.
 */
export function provenanceLines(plan: ParentPlan): ProvenanceLine[] {
  const order: Record<ProvenanceSource, number> = { unread: 0, assumed: 1, document: 2 };
  return Object.entries(plan.provenance?.values ?? {})
    .map(([key, note]) => ({ key, label: provenanceLabel(key), ...sourceOf(note) }))
    .sort((a, b) => order[a.source] - order[b.source]);
}

const SOURCE_VI: Record<ProvenanceSource, string> = { unread: 'Chưa đọc được', assumed: 'Giả định', document: 'Từ văn bản' };

/** One line of text per entry (`Giả định — số, ký hiệu: bản lưu chưa có số`), for the CLI and plain reports. */
export function provenanceText(line: ProvenanceLine): string {
  return `${SOURCE_VI[line.source]} — ${line.label}: ${line.text}`;
}
