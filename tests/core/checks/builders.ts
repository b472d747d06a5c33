/** Small builders for plans and snapshots as plain data, so each rule is specified without the reader. */
import type { DocumentSnapshot } from '../../../src/core/snapshot';
import type { ClosingPlaces, HeaderPlaces, Item, Place, Plan, ReportingClause, ReportingDeadline, Section, SectionKind, Target, Task, TaskField } from '../../../src/core/plan/model';
import type { ParentPlan } from '../../../src/core/plan/parentPlan';
import type { CheckContext } from '../../../src/core/checks/types';

/** A snapshot whose paragraph N is line N (as a .txt); `tags` puts content-control tags on lines. */
export function snapshotOf(lines: string[], tags: Record<number, string[]> = {}): DocumentSnapshot {
  return { source: 'test.txt', paragraphs: lines.map((text, i) => ({ index: i + 1, text, tags: tags[i + 1] ?? [] })) };
}

/** A snapshot of `count` blank paragraphs with some lines set. */
export function snapshotWith(count: number, lines: Record<number, string>): DocumentSnapshot {
  return snapshotOf(Array.from({ length: count }, (_, i) => lines[i + 1] ?? ''));
}

export function emptyPlan(): Plan {
  return {
    kind: 'KH',
    kindName: 'Kế hoạch',
    checkedAsPlan: true,
    level: 'xa',
    number: '12/KH-UBND',
    date: '2026-05-20',
    place: 'Đồng Việt',
    issuer: 'ỦY BAN NHÂN DÂN XÃ ĐỒNG VIỆT',
    parentBody: null,
    title: null,
    references: [],
    sections: [],
    tasks: [],
    targets: [],
    reporting: [],
    signer: null,
    recipients: [],
    archiveLine: null,
    period: null,
    taskLabelStyle: 'none',
    at: {},
    dateText: null,
    header: { parentBody: null, issuer: null, number: null, dateLine: null, kindLine: null, title: null },
    closing: { recipientsHeading: null, recipients: [], archiveLine: null, signature: null },
    reportingClauses: [],
  };
}

/** A place: the paragraph and its line as printed. */
export function place(paragraph: number, text: string): Place {
  return { paragraph, text };
}

/** The header places of a plan whose "Số:" and date lines are lines `number` and `date` (1-based) of `lines`. */
export function headerAt(lines: string[], number: number | null, date: number | null): HeaderPlaces {
  const at = (i: number | null) => (i == null ? null : place(i, lines[i - 1]));
  return { parentBody: null, issuer: null, number: at(number), dateLine: at(date), kindLine: null, title: null };
}

/** The closing places of a plan: Nơi nhận heading, recipients and Lưu line as (paragraph, text). */
export function closingOf(parts: Partial<ClosingPlaces>): ClosingPlaces {
  return { recipientsHeading: null, recipients: [], archiveLine: null, signature: null, ...parts };
}

/** A paragraph the reader took for a reporting clause (`withinDay`: it sets a report due within the day). */
export function clause(paragraph: number, text: string, withinDay = false): ReportingClause {
  return { paragraph, text, withinDay };
}

export function planOf(parts: Partial<Plan>): Plan {
  return { ...emptyPlan(), ...parts };
}

export function section(numeral: string, kind: SectionKind, paragraph: number, endParagraph: number, items: Item[] = [], title?: string): Section {
  const titles: Record<SectionKind, string> = {
    purpose: 'MỤC ĐÍCH, YÊU CẦU',
    objectives: 'MỤC TIÊU',
    tasks: 'NHIỆM VỤ, GIẢI PHÁP',
    budget: 'KINH PHÍ THỰC HIỆN',
    organization: 'TỔ CHỨC THỰC HIỆN',
    reporting: 'CHẾ ĐỘ BÁO CÁO',
    other: 'NỘI DUNG KHÁC',
  };
  return { numeral, title: title ?? titles[kind], kind, kinds: [kind], paragraph, endParagraph, items };
}

/** The four sections every plan needs, one paragraph apart, for rules that need a plausible outline. */
export function standardSections(): Section[] {
  return [section('I', 'purpose', 10, 19), section('II', 'objectives', 20, 29), section('III', 'tasks', 30, 59), section('IV', 'organization', 60, 79)];
}

export function item(marker: string, paragraph: number, children: Item[] = [], path = marker.replace(/[.)]$/, '')): Item {
  return { path, marker, title: `Nội dung ${marker}`, paragraph, endParagraph: paragraph, children };
}

function field(value: string, paragraph: number, label: string): TaskField {
  return { value, label, paragraph, source: 'label' };
}

export interface TaskSpec {
  path: string;
  paragraph: number;
  endParagraph?: number;
  lead?: string | null;
  leadAt?: number;
  timing?: string | null;
  timingAt?: number;
  source?: Task['source'];
}

export function task(spec: TaskSpec): Task {
  const lead = spec.lead ?? null;
  const timing = spec.timing ?? null;
  return {
    path: spec.path,
    title: `Nhiệm vụ ${spec.path}`,
    lead,
    cooperating: null,
    timing,
    paragraph: spec.paragraph,
    endParagraph: spec.endParagraph ?? spec.paragraph + 3,
    fields: {
      ...(lead != null ? { lead: field(lead, spec.leadAt ?? spec.paragraph + 1, 'Đơn vị chủ trì') } : {}),
      ...(timing != null ? { timing: field(timing, spec.timingAt ?? spec.paragraph + 2, 'Thời gian thực hiện') } : {}),
    },
    source: spec.source ?? 'item',
  };
}

export function deadline(paragraph: number, day: number, month: number | null, recurrence: ReportingDeadline['recurrence'] = 'yearly', year: number | null = null): ReportingDeadline {
  return { text: `trước ngày ${day}/${month}${recurrence === 'yearly' ? ' hằng năm' : ''}`, day, month, year, recurrence, paragraph };
}

export function target(paragraph: number, text: string, value: number, year: number | null, unit = '%'): Target {
  return { text, value, unit, year, paragraph };
}

export function parentPlan(parts: Partial<ParentPlan> = {}): ParentPlan {
  return {
    id: 'bac-ninh-163-2026',
    kind: 'KH',
    number: '163/KH-UBND',
    date: '2026-05-12',
    issuer: 'Ủy ban nhân dân tỉnh Bắc Ninh',
    issuerShort: 'Chủ tịch UBND tỉnh',
    title: 'Thực hiện Chương trình tăng cường sự tham gia bình đẳng của phụ nữ',
    period: { from: 2026, to: 2030 },
    targets: [],
    tasks: [],
    reporting: { day: 15, month: 12, recurrence: 'yearly' },
    ...parts,
  };
}

export function ctxOf(plan: Plan, snapshot: DocumentSnapshot = snapshotWith(100, {}), parent: ParentPlan | null = null): CheckContext {
  return { plan, snapshot, parent };
}
