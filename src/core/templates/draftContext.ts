/**
 * Everything a plan's templates see, resolved from the form, its parent (and the parent's own
 * parents) and the unit registry. Cross-file mistakes (a unit not in the registry, a task the
 * parent does not have, a target it does not set) are reported against the form, all at once.
 */
import { KhInputError, throwIfAny } from '../errors';
import type { ParentPlan, ParentReporting } from '../plan/parentPlan';
import { kindName } from '../text/documentKinds';
import type { ParsedForm } from './draftForm';
import { diem } from './numbering';
import { isRequested, type Unit, type UnitRegistry } from '../catalog/unitRegistry';
import { BLANK, dayMonth, parsePlanDate, shiftDayMonth, type PlanDate } from '../text/dates';
import { textLines } from '../catalog/yamlData';

/** A plan as it is cited in full at first mention: type, number, date, issuer, trích yếu. */
export interface CitedPlan {
  id: string;
  kind: string;
  kindName: string;
  number: string;
  date: string;
  issuer: string;
  title: string;
  programme: string | null;
}

export interface DraftTask {
  code: string;
  title: string;
  lead: string;
  cooperating: string | null;
  timing: string;
  /** The parent's sub-points under this task, with their typed markers (`a)`). */
  points: { marker: string; title: string }[];
}

export interface DraftTarget {
  id: string;
  indicator: string;
  value: number;
  unit: string;
  year: number;
  parentValue: number;
}

export interface DraftOrganizationEntry {
  name: string;
  /** Mặt trận, đoàn thể, Đảng bodies: "Đề nghị …", never "Giao". */
  request: boolean;
  duties: string[];
}

export interface DraftContext {
  level: string;
  unit: { parentBody: string | null; issuer: string; name: string; issuedBy: string; place: string; area: string; symbol: string };
  /** Box 3 as printed: `Số: 05/KH-UBND`, or a blank before the ký hiệu for the văn thư. */
  number: string;
  /** ISO, possibly partial (`2026-05`: the day left blank). */
  date: string;
  title: string;
  period: { from: number; to: number };
  periodText: string;
  parent: CitedPlan;
  /** The parent's own parents, the root (QĐ 2282) first: the "Căn cứ" lines. */
  ancestors: CitedPlan[];
  targets: DraftTarget[];
  tasks: DraftTask[];
  purpose: string[] | null;
  objective: string[] | null;
  requirements: string[] | null;
  budget: string[] | null;
  reporting: {
    /** `30/11`. */
    deadline: string;
    /** `trước ngày 30/11 hằng năm`: the tagged deadline field. */
    text: string;
    recurrence: ParentReporting['recurrence'];
    /** Where reports go: `UBND xã (qua Phòng Văn hóa - Xã hội)`. */
    to: string;
    /** Whom the parent reports to, when it says. */
    parentTo: string | null;
  };
  standing: { name: string; abbr: string | null };
  organization: DraftOrganizationEntry[];
  recipients: string[];
  archiveLine: string;
  signer: { authority: string[]; title: string; name: string };
}

function citePlan(p: ParentPlan): CitedPlan {
  return {
    id: p.id,
    kind: p.kind,
    kindName: kindName(p.kind),
    number: p.number,
    date: p.date,
    issuer: p.issuerShort ?? p.issuer,
    title: p.title,
    programme: p.programme ?? null,
  };
}

const RECURRENCE_VI: Record<ParentReporting['recurrence'], string> = {
  yearly: ' hằng năm',
  'half-yearly': ' (định kỳ 6 tháng)',
  quarterly: ' hằng quý',
  monthly: ' hằng tháng',
  once: '',
};

/** `trước ngày 30/11 hằng năm`. */
function deadlineText(day: number, month: number, recurrence: ParentReporting['recurrence'], year: number | null): string {
  if (recurrence === 'monthly') return `trước ngày ${day} hằng tháng`;
  const date = recurrence === 'once' && year ? `${day}/${month}/${year}` : dayMonth(day, month);
  return `trước ngày ${date}${RECURRENCE_VI[recurrence]}`;
}

const before = (a: PlanDate, b: PlanDate): boolean => {
  if (a.year !== b.year) return a.year < b.year;
  if (a.month == null || b.month == null) return false;
  if (a.month !== b.month) return a.month < b.month;
  if (a.day == null || b.day == null) return false;
  return a.day < b.day;
};

const withSemicolon = (s: string) => (/[;.:]$/.test(s.trim()) ? s.trim() : `${s.trim()};`);

export function buildDraftContext(parsed: ParsedForm, parent: ParentPlan, ancestors: ParentPlan[], registry: UnitRegistry): DraftContext {
  const { form, source } = parsed;
  const file = source.file;
  const errors: KhInputError[] = [];
  const fail = (path: (string | number)[], vi: string, en: string) => errors.push(new KhInputError(file, vi, source.placeOf(path), en));
  const units = new Map(registry.units.map((u) => [u.id, u]));
  const unitAt = (id: string, path: (string | number)[], mustLead = false): Unit | null => {
    const u = units.get(id);
    if (!u) {
      fail(path, `không có đơn vị "${id}" trong danh mục ${registry.file}; các mã có: ${registry.units.map((x) => x.id).join(', ')}`, `unknown unit "${id}"`);
      return null;
    }
    if (mustLead && !u.canLead) {
      fail(path, `"${u.name}" không giao chủ trì được (${isRequested(u) ? 'tổ chức chỉ được đề nghị phối hợp' : 'đơn vị chung, không phải một cơ quan cụ thể'}); chọn một cơ quan chuyên môn`, `"${u.name}" cannot lead a task`);
    }
    return u;
  };

  // Dates and period against the parent.
  const date = parsePlanDate(form.date);
  if (!date) fail(['date'], `ngày "${form.date}" không có thật`, 'not a real date');
  const parentDate = parsePlanDate(parent.date);
  if (date && parentDate && before(date, parentDate)) {
    fail(['date'], `ngày ban hành ${form.date} trước ngày của kế hoạch cấp trên (${parent.date})`, 'issued before its parent');
  }
  const period = form.period ?? parent.period ?? null;
  if (!period) fail(['period'], 'kế hoạch cấp trên không ghi giai đoạn: hãy ghi period: { from: …, to: … }', 'period needed');
  else if (period.from > period.to) fail(['period'], `giai đoạn ${period.from}-${period.to} bắt đầu sau khi kết thúc`, 'period starts after it ends');
  else if (parent.period && (period.from < parent.period.from || period.to > parent.period.to)) {
    fail(['period'], `giai đoạn ${period.from}-${period.to} vượt ra ngoài giai đoạn ${parent.period.from}-${parent.period.to} của kế hoạch cấp trên`, 'period outside the parent’s');
  }

  // Targets: the parent's indicators, with the unit's own values where the form sets them.
  const parentTargets = new Map(parent.targets.map((t) => [t.id, t]));
  for (const id of Object.keys(form.targets ?? {})) {
    if (!parentTargets.has(id)) fail(['targets', id], `kế hoạch cấp trên không có chỉ tiêu "${id}"; các chỉ tiêu có: ${[...parentTargets.keys()].join(', ') || '(không có)'}`, `the parent has no target "${id}"`);
  }
  // Only the parent's targets for years inside this plan's period (a 2026-2030 plan has no 2025 targets).
  const inPeriod = parent.targets.filter((t) => !period || (t.year >= period.from && t.year <= period.to));
  // The form's value is the unit's own for the indicator's last year in the period; earlier
  // milestones (60% by 2025 before 75% by 2030) keep the parent's.
  const lastYear = new Map<string, number>();
  for (const t of inPeriod) lastYear.set(t.id, Math.max(t.year, lastYear.get(t.id) ?? t.year));
  const targets: DraftTarget[] = inPeriod.map((t) => ({
    id: t.id,
    indicator: t.indicator,
    value: t.year === lastYear.get(t.id) ? (form.targets?.[t.id] ?? t.value) : t.value,
    unit: t.unit,
    year: t.year,
    parentValue: t.value,
  }));

  // Tasks: every top-level task of the parent, with the lead, cooperating units and timing the form gives.
  const top = parent.tasks.filter((t) => !t.code.includes('.'));
  const assigned = form.tasks ?? {};
  for (const code of Object.keys(assigned)) {
    if (!top.some((t) => t.code === code)) fail(['tasks', code], `kế hoạch cấp trên không có nhiệm vụ "${code}"; các nhiệm vụ có: ${top.map((t) => t.code).join(', ')}`, `the parent has no task "${code}"`);
  }
  const tasks: DraftTask[] = [];
  for (const t of top) {
    const a = assigned[t.code];
    if (!a) {
      fail(['tasks'], `chưa phân công nhiệm vụ ${t.code} của kế hoạch cấp trên ("${t.title.slice(0, 60)}"): thêm "${t.code}": { lead: …, timing: … }`, `task ${t.code} has no assignment`);
      continue;
    }
    const lead = unitAt(a.lead, ['tasks', t.code, 'lead'], true);
    const cooperating = (a.cooperating ?? []).map((id, i) => unitAt(id, ['tasks', t.code, 'cooperating', i])).filter((u): u is Unit => u != null);
    const points = parent.tasks
      .filter((p) => p.code.startsWith(`${t.code}.`) && p.code.split('.').length === 2)
      .map((p, i) => {
        const last = p.code.split('.')[1];
        return { marker: /^\d+$/.test(last) ? `${t.code}.${last}.` : `${diem(i)})`, title: p.title };
      });
    tasks.push({ code: t.code, title: t.title, lead: lead?.name ?? a.lead, cooperating: cooperating.length ? cooperating.map((u) => u.name).join(', ') : null, timing: a.timing, points });
  }

  // Reporting: earlier than the parent's deadline by the form's margin, same recurrence.
  const standingUnit = unitAt(form.standing, ['standing']);
  let reporting: DraftContext['reporting'] | null = null;
  const pr = parent.reporting ?? null;
  if (!pr && !form.reporting.deadline) {
    fail(['reporting'], 'kế hoạch cấp trên không có hạn báo cáo: ghi reporting.deadline (ngày/tháng) cho kế hoạch này', 'the parent sets no reporting deadline: give reporting.deadline');
  } else {
    let day: number;
    let month: number;
    if (form.reporting.deadline) {
      [day, month] = form.reporting.deadline.split('/').map(Number);
      if (month < 1 || month > 12 || day < 1 || day > 31) fail(['reporting', 'deadline'], `hạn báo cáo "${form.reporting.deadline}" không phải ngày có thật`, 'not a real date');
    } else {
      ({ day, month } = shiftDayMonth(pr!.day, pr!.month, form.reporting.marginDays, pr!.year ?? 2025));
    }
    const recurrence = pr?.recurrence ?? 'yearly';
    const year = pr?.year ?? null;
    reporting = {
      deadline: dayMonth(day, month),
      text: deadlineText(day, month, recurrence, year),
      recurrence,
      to: form.reporting.to ?? `${form.unit.name}${standingUnit ? ` (qua ${standingUnit.name})` : ''}`,
      parentTo: pr?.to ?? null,
    };
  }

  const organization: DraftOrganizationEntry[] = form.organization.map((o, i) => {
    const u = unitAt(o.unit, ['organization', i, 'unit']);
    const duties = textLines(o.duties);
    if (u && isRequested(u) && duties.some((d) => /^\s*Giao\b/u.test(d))) {
      fail(['organization', i, 'duties'], `"${u.name}" là tổ chức được đề nghị: viết "Đề nghị …", không "Giao …"`, 'use "Đề nghị" for the Front and mass organisations');
    }
    return { name: u?.name ?? o.unit, request: u ? isRequested(u) : false, duties };
  });

  throwIfAny(errors);

  const number = form.number != null && form.number !== '' ? `Số: ${String(form.number).padStart(2, '0')}/${form.unit.symbol}` : `Số:${BLANK}/${form.unit.symbol}`;
  const archive = form.archive.trim().replace(/\.+$/, '');
  return {
    level: registry.level,
    unit: {
      parentBody: form.unit.parentBody ?? null,
      issuer: form.unit.issuer,
      name: form.unit.name,
      issuedBy: form.unit.issuedBy ?? form.unit.name,
      place: form.unit.place,
      area: form.unit.area,
      symbol: form.unit.symbol,
    },
    number,
    date: form.date,
    title: form.title,
    period: period!,
    periodText: `${period!.from}-${period!.to}`,
    parent: citePlan(parent),
    ancestors: ancestors.map(citePlan),
    targets,
    tasks,
    purpose: form.purpose ? textLines(form.purpose) : null,
    objective: form.objective ? textLines(form.objective) : null,
    requirements: form.requirements ? textLines(form.requirements) : null,
    budget: form.budget ? textLines(form.budget) : null,
    reporting: reporting!,
    standing: { name: standingUnit!.name, abbr: standingUnit!.abbr ?? null },
    organization,
    recipients: form.recipients.map(withSemicolon),
    archiveLine: `Lưu: ${/^VT\b/.test(archive) ? archive : `VT, ${archive}`}.`,
    signer: form.signer,
  };
}
