/**
 * Everything a plan's templates see, resolved from the form, its parent (and the parent's own
 * parents) and the unit registry. Cross-file mistakes (a unit not in the registry, a task the
 * parent does not have, a target it does not set) are reported against the form, all at once.
 */
import { KhInputError, throwIfAny } from '../errors';
import type { ParentPlan } from '../plan/parentPlan';
import { kindName } from '../text/documentKinds';
import type { CoverageEntry } from '../snapshot';
import type { ParsedForm } from './draftForm';
import { fitToUnit, type FittedPoint, type FittedTarget, type FittedTask, type LeftOut } from './fitToUnit';
import { buildRecipients } from './recipients';
import { planReporting, type ReportingPlan } from './reportingPlan';
import { isRequested, type Unit, type UnitRegistry } from '../catalog/unitRegistry';
import { BLANK, parsePlanDate, type PlanDate } from '../text/dates';
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

// What the templates print is what fitting decided, with the cooperating units joined into one line.
export type DraftPoint = Omit<FittedPoint, 'cooperating'> & { cooperating: string | null };

export type DraftTask = Omit<FittedTask, 'cooperating' | 'points'> & { cooperating: string | null; points: DraftPoint[] };

export type DraftTarget = FittedTarget;

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
  reporting: ReportingPlan;
  /** How the units under the body are named together (`các cơ quan, đơn vị, thôn`). */
  unitsLabel: string;
  /** What of the parent is left out at this level, and why: for the reviewer and the coverage. */
  leftOut: LeftOut[];
  coverage: CoverageEntry[];
  standing: { name: string; abbr: string | null };
  organization: DraftOrganizationEntry[];
  recipients: string[];
  archiveLine: string;
  signer: { authority: string[]; title: string; name: string };
  /** The organisation's own fields (templates/form.yaml `fields.<name>`), as the form gives them. */
  fields: Record<string, string | string[]>;
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

const before = (a: PlanDate, b: PlanDate): boolean => {
  if (a.year !== b.year) return a.year < b.year;
  if (a.month == null || b.month == null) return false;
  if (a.month !== b.month) return a.month < b.month;
  if (a.day == null || b.day == null) return false;
  return a.day < b.day;
};

export function buildDraftContext(parsed: ParsedForm, parent: ParentPlan, ancestors: ParentPlan[], registry: UnitRegistry): DraftContext {
  const { form, source } = parsed;
  const file = source.file;
  const errors: KhInputError[] = [];
  const fail = (path: (string | number)[], vi: string, en: string) => errors.push(new KhInputError(file, vi, source.placeOf(path), en, 'form-invalid'));
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

  // Tasks and targets: what the form decides for each of the parent's, the unit's own after them.
  const fit = fitToUnit(
    {
      parent,
      level: registry.level,
      wording: registry.wording,
      tasks: form.tasks ?? {},
      ownTasks: form.ownTasks ?? [],
      targets: form.targets ?? {},
      period,
    },
    fail,
  );
  const assigned = new Set<string>();
  const names = (ids: readonly string[] | null | undefined, path: (string | number)[]) => {
    const found = (ids ?? []).map((id, i) => unitAt(id, [...path, i])).filter((u): u is Unit => u != null);
    found.forEach((u) => assigned.add(u.id));
    // A collective named after another unit goes on in lower case ("…, các phòng, ban, trung tâm thuộc Văn phòng").
    return found.length ? found.map((u, i) => (i > 0 && u.role === 'group' ? u.name.charAt(0).toLocaleLowerCase('vi') + u.name.slice(1) : u.name)).join(', ') : null;
  };
  const leadName = (id: string, path: (string | number)[]) => {
    const u = unitAt(id, path, true);
    if (u) assigned.add(u.id);
    return u?.name ?? id;
  };
  const ownIndex = (code: string) => fit.tasks.filter((t) => t.parentCode == null).findIndex((t) => t.code === code);
  const tasks: DraftTask[] = fit.tasks.map((t) => {
    const path = t.parentCode ? ['tasks', t.parentCode] : ['ownTasks', ownIndex(t.code)];
    return {
      code: t.code,
      parentCode: t.parentCode,
      title: t.title,
      heading: t.heading,
      body: t.body,
      lead: t.lead ? leadName(t.lead, [...path, 'lead']) : '',
      cooperating: names(t.cooperating, [...path, 'cooperating']),
      timing: t.timing,
      points: t.points.map((p, i) => ({
        marker: p.marker,
        title: p.title,
        lead: p.lead ? leadName(p.lead, [...path, 'points', i, 'lead']) : null,
        cooperating: p.lead ? names(p.cooperating, [...path, 'points', i, 'cooperating']) : null,
        timing: p.lead ? (p.timing ?? t.timing) : null,
      })),
    };
  });
  const targets: DraftTarget[] = fit.targets;

  // Reporting: the unit's own deadline before the parent's, the units under it before that.
  const standingUnit = unitAt(form.standing, ['standing']);
  const reporting = planReporting(parent.reporting ?? null, form.reporting, registry.reporting, registry.title, { unit: form.unit.name, standing: standingUnit?.name ?? null }, fail);

  const organization: DraftOrganizationEntry[] = form.organization.map((o, i) => {
    const u = unitAt(o.unit, ['organization', i, 'unit']);
    const duties = textLines(o.duties);
    if (u && isRequested(u) && duties.some((d) => /^\s*Giao\b/u.test(d))) {
      fail(['organization', i, 'duties'], `"${u.name}" là tổ chức được đề nghị: viết "Đề nghị …", không "Giao …"`, 'use "Đề nghị" for the Front and mass organisations');
    }
    if (u) assigned.add(u.id);
    return { name: u?.name ?? o.unit, request: u ? isRequested(u) : false, duties };
  });

  // The trích yếu names the programme in full when it names it at all.
  const programme = parent.programme?.replace(/\s+giai đoạn.*$/u, '').trim();
  if (programme) {
    const fold = (x: string) => x.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ');
    const opening = fold(programme).split(' ').slice(0, 4).join(' ');
    if (fold(form.title).includes(opening) && !fold(form.title).includes(fold(programme))) {
      fail(['title'], `trích yếu rút gọn tên chương trình; viết đủ: "${programme}"`, 'the title shortens the programme’s name');
    }
  }

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
    unitsLabel: registry.unitsLabel,
    leftOut: fit.leftOut,
    coverage: fit.coverage,
    standing: { name: standingUnit!.name, abbr: standingUnit!.abbr ?? null },
    organization,
    recipients: buildRecipients({
      reportToBody: reporting!.reportToBody,
      through: reporting!.through,
      extra: form.recipients ?? [],
      units: registry.units.filter((u) => assigned.has(u.id)).map((u) => ({ name: u.name, recipient: u.recipient, requested: isRequested(u) })),
    }),
    archiveLine: `Lưu: ${/^VT\b/.test(archive) ? archive : `VT, ${archive}`}.`,
    signer: form.signer,
    fields: form.fields ?? {},
  };
}
