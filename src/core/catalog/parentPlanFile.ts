/**
 * Parent plans as data (`templates/plans/<id>.yaml`): read with a schema whose errors name the
 * file, line and column; written back (by `kh parent import`) with `# TODO: điền …` comments
 * above whatever could not be read from the parent document.
 */
import { stringify } from 'yaml';
import { KhInputError, throwIfAny } from '../errors';
import type { InputPlace } from '../errors';
import type { ParentPlan, ParentReporting, ParentTask, Provenance, ProvenanceNote } from '../plan/parentPlan';
import { keySegments, provenanceKeysUnused } from './provenance';
import { daysInMonth, parsePlanDate, periodText, readPeriod } from '../text/dates';
import { fold } from '../text/fold';
import { readYaml, type Shape } from './yamlData';

const RECURRENCES = ['yearly', 'half-yearly', 'quarterly', 'monthly', 'once'] as const;
const ID = { kind: 'string', pattern: /^[a-z0-9][a-z0-9-]*$/, hint: 'chữ thường không dấu, số và "-" (vd. kh-163-ubnd-bac-ninh)' } as const;

/** What a task or target becomes at one level (`levels: { xa: { applies: false, reason: … } }`). */
const LEVELS: Shape = {
  kind: 'map',
  of: {
    kind: 'object',
    fields: {
      applies: { kind: 'boolean', nullable: true },
      reason: { kind: 'string', nullable: true },
      title: { kind: 'string', nullable: true, nonEmpty: true },
      heading: { kind: 'string', nullable: true, nonEmpty: true },
      indicator: { kind: 'string', nullable: true, nonEmpty: true },
    },
  },
};

const PARENT_PLAN_SHAPE: Shape = {
  kind: 'object',
  fields: {
    kind: { kind: 'string', required: true, nonEmpty: true },
    number: { kind: 'string', required: true },
    date: { kind: 'string', required: true },
    issuer: { kind: 'string', required: true },
    issuerShort: { kind: 'string', nullable: true },
    title: { kind: 'string', required: true },
    programme: { kind: 'string', nullable: true },
    period: {
      kind: 'object',
      nullable: true,
      fields: { from: { kind: 'number', integer: true, required: true }, to: { kind: 'number', integer: true, required: true } },
    },
    parent: { ...ID, nullable: true },
    targets: {
      kind: 'array',
      required: true,
      nullable: true,
      of: {
        kind: 'object',
        fields: {
          id: { ...ID, required: true },
          indicator: { kind: 'string', required: true, nonEmpty: true },
          value: { kind: 'number', required: true, min: 0 },
          unit: { kind: 'string', required: true },
          year: { kind: 'number', integer: true, required: true, min: 1945, max: 2100 },
          levels: { ...LEVELS, nullable: true },
        },
      },
    },
    tasks: {
      kind: 'array',
      required: true,
      nullable: true,
      of: {
        kind: 'object',
        fields: {
          code: { kind: 'string', required: true, pattern: /^\d+(\.(\d+|[a-zđ]))*$/u, hint: '1, 2.a, 3.1' },
          title: { kind: 'string', required: true, nonEmpty: true },
          heading: { kind: 'string', nullable: true, nonEmpty: true },
          suggestedLead: { kind: 'string', nullable: true },
          timing: { kind: 'string', nullable: true },
          levels: { ...LEVELS, nullable: true },
        },
      },
    },
    reporting: {
      kind: 'object',
      nullable: true,
      fields: {
        deadline: { kind: 'string', required: true, pattern: /^(\d{1,2}\/\d{1,2}(\/\d{4})?|(tháng|quý) .+)$/u, hint: 'ngày/tháng (vd. 30/11), hoặc một tháng, một quý (vd. tháng 8, quý III/2026)' },
        recurrence: { kind: 'enum', values: RECURRENCES, required: true },
        to: { kind: 'string', nullable: true },
        text: { kind: 'string', nullable: true },
      },
    },
    unresolved: { kind: 'array', nullable: true, of: { kind: 'string' } },
    /**
     * Where each value comes from (src/core/catalog/provenance.ts): `document` names the real
     * document read; `values` maps a value path to `from` (its place there), `assumed` (why) or
     * `unread` (what is missing). Never a draft the project checks.
     */
    provenance: {
      kind: 'object',
      nullable: true,
      fields: {
        document: { kind: 'string', nullable: true },
        values: {
          kind: 'map',
          required: true,
          of: {
            kind: 'object',
            fields: {
              from: { kind: 'string', nullable: true, nonEmpty: true },
              assumed: { kind: 'string', nullable: true, nonEmpty: true },
              unread: { kind: 'string', nullable: true, nonEmpty: true },
            },
          },
        },
      },
    },
  },
};

interface ParentPlanYaml {
  kind: string;
  number: string;
  date: string;
  issuer: string;
  issuerShort?: string | null;
  title: string;
  programme?: string | null;
  period?: { from: number; to: number } | null;
  parent?: string | null;
  targets: ParentPlan['targets'] | null;
  tasks: { code: string | number; title: string; heading?: string | null; suggestedLead?: string | null; timing?: string | null; levels?: ParentTask['levels'] | null }[] | null;
  reporting?: { deadline: string; recurrence: ParentReporting['recurrence']; to?: string | null; text?: string | null } | null;
  unresolved?: string[] | null;
  provenance?: { document?: string | null; values: Record<string, { from?: string | null; assumed?: string | null; unread?: string | null }> } | null;
}

/** The catalog id of a plan file: its name without `.yaml`. */
function planIdOf(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.ya?ml$/i, '');
}

/** Reads `templates/plans/<id>.yaml`; fields listed under `unresolved:` may be left blank. */
export function parseParentPlan(text: string, file: string): ParentPlan {
  const src = readYaml(text, file, PARENT_PLAN_SHAPE);
  const y = src.value as ParentPlanYaml;
  const unresolved = new Set(y.unresolved ?? []);
  const errors: KhInputError[] = [];
  const blankOk = (key: 'number' | 'date' | 'issuer' | 'title') => {
    if (String(y[key] ?? '').trim() === '' && !unresolved.has(key)) {
      errors.push(new KhInputError(file, `"${key}" đang trống: điền vào, hoặc ghi "${key}" trong danh sách unresolved nếu chưa biết`, src.placeOf([key]), `"${key}" is blank`, 'parent-plan-invalid'));
    }
  };
  (['number', 'date', 'issuer', 'title'] as const).forEach(blankOk);
  const date = String(y.date ?? '').trim();
  if (date !== '') {
    const d = parsePlanDate(date);
    if (!d || d.day == null) errors.push(new KhInputError(file, `"date" phải là ngày đầy đủ dạng YYYY-MM-DD (vd. 2026-05-12), không phải "${date}"`, src.placeOf(['date']), '"date" must be YYYY-MM-DD', 'parent-plan-invalid'));
  }
  if (y.period && y.period.from > y.period.to) errors.push(new KhInputError(file, `giai đoạn ${y.period.from}-${y.period.to} bắt đầu sau khi kết thúc`, src.placeOf(['period']), 'period starts after it ends', 'parent-plan-invalid'));
  // One indicator may be set for several years (60% by 2025, 75% by 2030): unique by id and year.
  const ids = new Set<string>();
  (y.targets ?? []).forEach((t, i) => {
    const key = `${t.id}@${t.year}`;
    if (ids.has(key)) errors.push(new KhInputError(file, `chỉ tiêu "${t.id}" năm ${t.year} bị lặp lại`, src.placeOf(['targets', i, 'id']), `target "${t.id}" for ${t.year} repeated`, 'parent-plan-invalid'));
    ids.add(key);
  });
  const codes = new Set<string>();
  (y.tasks ?? []).forEach((t, i) => {
    const code = String(t.code);
    if (codes.has(code)) errors.push(new KhInputError(file, `mã nhiệm vụ "${code}" bị lặp lại`, src.placeOf(['tasks', i, 'code']), `task code "${code}" repeated`, 'parent-plan-invalid'));
    codes.add(code);
  });
  let reporting: ParentReporting | null = null;
  if (y.reporting) {
    const deadline = y.reporting.deadline.trim();
    // A month or a quarter ("tháng 8", "quý III/2026"): read as the reader reads it, due on its last day.
    const asPeriod = /^\d/.test(deadline) ? null : readPeriod(fold(deadline));
    const [day, month, year] = asPeriod ? [0, 0, asPeriod.period.year] : deadline.split('/').map(Number);
    if (!/^\d/.test(deadline) && (!asPeriod || asPeriod.end !== fold(deadline).length || asPeriod.period.unit === 'year' || (asPeriod.period.month == null && asPeriod.period.quarter == null))) {
      errors.push(new KhInputError(file, `hạn báo cáo "${deadline}" không đọc được: ghi một ngày (30/11), một tháng (tháng 8) hoặc một quý (quý III/2026)`, src.placeOf(['reporting', 'deadline']), 'not a day, month or quarter', 'parent-plan-invalid'));
    } else if (/^\d/.test(deadline) && (month < 1 || month > 12 || day < 1 || day > 31)) {
      errors.push(new KhInputError(file, `hạn báo cáo "${deadline}" không phải ngày có thật`, src.placeOf(['reporting', 'deadline']), 'not a real date', 'parent-plan-invalid'));
    }
    const p = asPeriod?.period;
    const end = p && (p.month != null || p.quarter != null) ? { day: daysInMonth(p.year ?? 2025, p.month ?? p.quarter! * 3), month: p.month ?? p.quarter! * 3 } : { day, month };
    // Keys only for what the file gives: the shipped plans go through JSON, which drops an undefined one.
    reporting = { ...end, year: year ?? null, recurrence: y.reporting.recurrence, ...(p ? { period: p } : {}), ...(y.reporting.to ? { to: y.reporting.to } : {}), ...(y.reporting.text ? { text: y.reporting.text } : {}) };
  }
  const provenance = readProvenance(y.provenance, file, src.placeOf, errors);
  // Built even when a value is wrong, so that every mistake of the file is reported at once.
  const plan: ParentPlan = {
    id: planIdOf(file),
    kind: y.kind,
    number: String(y.number ?? ''),
    date,
    issuer: String(y.issuer ?? ''),
    title: String(y.title ?? ''),
    targets: (y.targets ?? []).map(({ levels, ...t }) => (levels ? { ...t, levels } : t)),
    tasks: (y.tasks ?? []).map((t) => ({
      code: String(t.code),
      title: t.title,
      ...(t.heading ? { heading: t.heading } : {}),
      ...(t.suggestedLead ? { suggestedLead: t.suggestedLead } : {}),
      ...(t.timing ? { timing: t.timing } : {}),
      ...(t.levels ? { levels: t.levels } : {}),
    })),
    reporting,
    parent: y.parent ?? null,
  };
  if (y.issuerShort) plan.issuerShort = y.issuerShort;
  if (y.programme) plan.programme = y.programme;
  if (y.period) plan.period = y.period;
  if (unresolved.size) plan.unresolved = [...unresolved];
  if (provenance) {
    plan.provenance = provenance;
    for (const key of provenanceKeysUnused(plan)) {
      if (!keySegments(key)) continue;
      errors.push(new KhInputError(file, `provenance: "${key}" không chỉ tới giá trị nào của kế hoạch (sai mã nhiệm vụ, chỉ tiêu hay tên trường?)`, src.placeOf(['provenance', 'values', key]), `provenance key "${key}" names no value`, 'parent-plan-invalid'));
    }
  }
  throwIfAny(errors);
  return plan;
}

/** Each entry says exactly one of from / assumed / unread, under a key of the form `tasks[2.a].title`. */
function readProvenance(y: ParentPlanYaml['provenance'], file: string, placeOf: (path: (string | number)[]) => InputPlace, errors: KhInputError[]): Provenance | null {
  if (!y) return null;
  const values: Record<string, ProvenanceNote> = {};
  for (const [key, entry] of Object.entries(y.values ?? {})) {
    const given = (['from', 'assumed', 'unread'] as const).filter((k) => entry?.[k]);
    if (!keySegments(key)) {
      errors.push(new KhInputError(file, `provenance: khoá "${key}" không đúng dạng (vd. number, reporting.deadline, tasks[2.a].title, tasks[*].heading)`, placeOf(['provenance', 'values', key]), `provenance key "${key}" is malformed`, 'parent-plan-invalid'));
    } else if (given.length !== 1) {
      errors.push(new KhInputError(file, `provenance "${key}": ghi đúng một trong from (chỗ trong văn bản), assumed (vì sao giả định), unread (điều chưa đọc được)`, placeOf(['provenance', 'values', key]), `provenance "${key}" needs exactly one of from, assumed, unread`, 'parent-plan-invalid'));
    } else {
      const k = given[0];
      values[key] = { [k]: entry[k] as string } as ProvenanceNote;
    }
  }
  return { document: y.document ?? null, values };
}

/** What the user is asked to fill, per field, in the `# TODO: điền …` comment. */
const TODO_VI: Record<string, string> = {
  kind: 'loại văn bản (KH, QĐ, CTr …)',
  number: 'số, ký hiệu (vd. 163/KH-UBND)',
  date: 'ngày ban hành dạng YYYY-MM-DD',
  issuer: 'cơ quan hoặc người ban hành',
  title: 'trích yếu',
  period: 'giai đoạn (from, to)',
  parent: 'mã kế hoạch cấp trên trong danh mục templates/plans (vd. qd-2282-ttg)',
  targets: 'các chỉ tiêu (id, indicator, value, unit, year)',
  tasks: 'các nhiệm vụ (code, title, suggestedLead, timing)',
  reporting: 'hạn báo cáo (deadline ngày/tháng, recurrence, to)',
};

const scalar = (v: unknown): string => stringify(v ?? '', { lineWidth: 0 }).trimEnd();

/**
 * The plan as YAML a maintainer can read and finish: fields in a fixed order, a `# TODO: điền …`
 * line above each unresolved one, and the `unresolved:` list that `parseParentPlan` honours.
 */
export function writeParentPlan(plan: ParentPlan, header: string[] = []): string {
  const unresolved = new Set(plan.unresolved ?? []);
  const out: string[] = header.map((h) => `# ${h}`);
  const todo = (key: string) => {
    if (unresolved.has(key)) out.push(`# TODO: điền ${TODO_VI[key] ?? key}`);
  };
  for (const key of ['kind', 'number', 'date', 'issuer'] as const) {
    todo(key);
    out.push(`${key}: ${scalar(plan[key])}`);
  }
  if (plan.issuerShort) out.push(`issuerShort: ${scalar(plan.issuerShort)}`);
  todo('title');
  out.push(`title: ${scalar(plan.title)}`);
  if (plan.programme) out.push(`programme: ${scalar(plan.programme)}`);
  todo('period');
  out.push(plan.period ? `period: { from: ${plan.period.from}, to: ${plan.period.to} }` : 'period: null');
  todo('parent');
  out.push(`parent: ${plan.parent ? scalar(plan.parent) : 'null'}`);
  todo('targets');
  if (plan.targets.length === 0) out.push('targets: []');
  else {
    out.push('targets:');
    for (const t of plan.targets) {
      out.push(`  - id: ${scalar(t.id)}`, `    indicator: ${scalar(t.indicator)}`, `    value: ${t.value}`, `    unit: ${scalar(t.unit)}`, `    year: ${t.year}`);
    }
  }
  todo('tasks');
  if (plan.tasks.length === 0) out.push('tasks: []');
  else {
    out.push('tasks:');
    for (const t of plan.tasks) {
      out.push(`  - code: ${scalar(t.code)}`, `    title: ${scalar(t.title)}`);
      if (t.suggestedLead) out.push(`    suggestedLead: ${scalar(t.suggestedLead)}`);
      if (t.timing) out.push(`    timing: ${scalar(t.timing)}`);
    }
  }
  todo('reporting');
  const r = plan.reporting;
  if (!r) out.push('reporting: null');
  else {
    const deadline = r.period ? periodText(r.period) : `${r.day}/${r.month}${r.year ? `/${r.year}` : ''}`;
    out.push('reporting:', `  deadline: ${scalar(deadline)}`, `  recurrence: ${r.recurrence}`);
    if (r.to) out.push(`  to: ${scalar(r.to)}`);
    if (r.text) out.push(`  text: ${scalar(r.text)}`);
  }
  if (unresolved.size) {
    out.push('# Các trường chưa đọc được từ văn bản; xoá khỏi danh sách khi đã điền.');
    out.push('unresolved:', ...[...unresolved].map((u) => `  - ${u}`));
  }
  const prov = plan.provenance;
  if (prov) {
    out.push('# Nguồn của từng giá trị: from (chỗ trong văn bản), assumed (giả định, vì sao), unread (chưa đọc được).');
    out.push('# Khi sửa hay điền một giá trị, sửa cả dòng nguồn của nó.');
    out.push('provenance:', `  document: ${prov.document ? scalar(prov.document) : 'null'}`, '  values:');
    for (const [key, note] of Object.entries(prov.values)) {
      const [k, v] = Object.entries(note)[0];
      out.push(`    ${scalar(key)}: { ${k}: ${JSON.stringify(v)} }`);
    }
  }
  return out.join('\n') + '\n';
}
