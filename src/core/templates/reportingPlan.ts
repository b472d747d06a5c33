/**
 * The plan's own reporting chain: the unit reports to the body above (through whom the parent
 * says) before the parent's deadline, by a margin the level sets in its data; the units under it
 * report to the unit before that, so it has time to compile.
 */
import type { ParentReporting } from '../plan/parentPlan';
import { dayMonthNd30 as dayMonth, shiftDayMonth } from '../text/dates';
import type { Fail } from './fitToUnit';

export interface ReportingForm {
  /** Days before the parent's deadline; the level's default when absent. */
  marginDays?: number | null;
  /** The unit's own deadline (`30/11`), instead of the margin. */
  deadline?: string | null;
  /** Where the units under it report (`UBND xã (qua Phòng Văn hóa - Xã hội xã)`). */
  to?: string | null;
  /** The body the unit reports to (`UBND tỉnh Bắc Ninh`); the parent's when absent. */
  reportTo?: string | null;
  /** Through whom (`Sở Nội vụ`); the parent's when absent. */
  through?: string | null;
  /** When the units under it report, instead of the level's margin before the unit's own deadline. */
  unitsDeadline?: string | null;
}

/** A level's defaults (templates/units/<level>.yaml `reporting:`). */
export interface LevelReporting {
  marginDays: number;
  unitsMarginDays: number;
}

export const DEFAULT_LEVEL_REPORTING: LevelReporting = { marginDays: 10, unitsMarginDays: 5 };

export interface ReportingPlan {
  /** `30/11`. */
  deadline: string;
  /** `trước ngày 30/11 hằng năm`: the tagged deadline field. */
  text: string;
  recurrence: ParentReporting['recurrence'];
  /** Why this date, for the form: `10 ngày trước hạn 10/12 của kế hoạch cấp trên (mặc định của cấp xa)`. */
  reason: string;
  /** Where the units under it report. */
  to: string;
  /** The body reported to, and through whom: `UBND tỉnh (qua Sở Nội vụ)`. */
  reportTo: string | null;
  reportToBody: string | null;
  through: string | null;
  /** Kept for templates written before `reportTo`: the same value. */
  parentTo: string | null;
  units: { deadline: string; text: string };
}

const RECURRENCE_VI: Record<ParentReporting['recurrence'], string> = {
  yearly: ' hằng năm',
  'half-yearly': ' (định kỳ 6 tháng)',
  quarterly: ' hằng quý',
  monthly: ' hằng tháng',
  once: '',
};

/** `trước ngày 30/11 hằng năm`. */
export function deadlineText(day: number, month: number, recurrence: ParentReporting['recurrence'], year: number | null): string {
  if (recurrence === 'monthly') return `trước ngày ${day} hằng tháng`;
  const date = recurrence === 'once' && year ? `${dayMonth(day, month)}/${year}` : dayMonth(day, month);
  return `trước ngày ${date}${RECURRENCE_VI[recurrence]}`;
}

/** `Chủ tịch UBND tỉnh (qua Sở Nội vụ)` → body and through. */
export function splitThrough(text: string): { body: string; through: string | null } {
  const m = /^(.*?)\s*\((?:qua|thông qua)\s+([^)]+)\)\s*$/u.exec(text.trim());
  return m ? { body: m[1].trim(), through: m[2].trim() } : { body: text.trim(), through: null };
}

function readDayMonth(text: string, path: (string | number)[], fail: Fail): { day: number; month: number } | null {
  const [day, month] = text.split('/').map(Number);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) {
    fail(path, `"${text}" không phải ngày/tháng có thật`, 'not a real date');
    return null;
  }
  return { day, month };
}

const order = (a: { day: number; month: number }) => a.month * 100 + a.day;

export function planReporting(
  parent: ParentReporting | null,
  form: ReportingForm,
  level: LevelReporting,
  levelName: string,
  names: { unit: string; standing: string | null },
  fail: Fail,
): ReportingPlan | null {
  if (!parent && !form.deadline) {
    fail(['reporting'], 'kế hoạch cấp trên không có hạn báo cáo: ghi reporting.deadline (ngày/tháng) cho kế hoạch này', 'the parent sets no reporting deadline: give reporting.deadline');
    return null;
  }
  const recurrence = parent?.recurrence ?? 'yearly';
  const year = parent?.year ?? null;
  let own: { day: number; month: number } | null;
  let reason: string;
  if (form.deadline) {
    own = readDayMonth(form.deadline, ['reporting', 'deadline'], fail);
    reason = parent ? `hạn do đơn vị chọn; hạn của kế hoạch cấp trên là ${dayMonth(parent.day, parent.month)}` : 'hạn do đơn vị chọn; kế hoạch cấp trên không ghi hạn';
    // Month order is enough within a year; a monthly report compares days.
    if (own && parent && (recurrence === 'monthly' ? own.day >= parent.day : order(own) >= order(parent))) {
      fail(['reporting', 'deadline'], `hạn báo cáo ${form.deadline} không sớm hơn hạn ${dayMonth(parent.day, parent.month)} của kế hoạch cấp trên`, 'the deadline is not before the parent’s');
    }
  } else {
    const margin = form.marginDays ?? level.marginDays;
    own = shiftDayMonth(parent!.day, parent!.month, margin, parent!.year ?? 2025);
    reason = `${margin} ngày trước hạn ${dayMonth(parent!.day, parent!.month)} của kế hoạch cấp trên (${form.marginDays != null ? 'theo biểu mẫu' : `mặc định của cấp ${levelName}`})`;
  }
  if (!own) return null;

  let units: { day: number; month: number } | null;
  if (form.unitsDeadline) {
    units = readDayMonth(form.unitsDeadline, ['reporting', 'unitsDeadline'], fail);
    if (units && order(units) >= order(own)) fail(['reporting', 'unitsDeadline'], `các đơn vị phải báo cáo trước hạn ${dayMonth(own.day, own.month)} của kế hoạch này, không phải ${form.unitsDeadline}`, 'units must report before the plan’s own deadline');
  } else {
    units = shiftDayMonth(own.day, own.month, level.unitsMarginDays, year ?? 2025);
  }
  if (!units) return null;

  const parentTo = parent?.to ? splitThrough(parent.to) : null;
  const body = form.reportTo?.trim() || parentTo?.body || null;
  const through = form.through !== undefined && form.through !== null ? form.through.trim() || null : (parentTo?.through ?? null);
  const reportTo = body ? `${body}${through ? ` (qua ${through})` : ''}` : null;
  return {
    deadline: dayMonth(own.day, own.month),
    text: deadlineText(own.day, own.month, recurrence, year),
    recurrence,
    reason,
    to: form.to?.trim() || `${names.unit}${names.standing ? ` (qua ${names.standing})` : ''}`,
    reportTo,
    reportToBody: body,
    through,
    parentTo: reportTo,
    units: { deadline: dayMonth(units.day, units.month), text: deadlineText(units.day, units.month, recurrence, year) },
  };
}
