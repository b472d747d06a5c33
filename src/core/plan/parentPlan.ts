/**
 * A parent plan as data (`templates/plans/*.yaml`): what a child plan cites, inherits and is
 * checked against. Plans form a chain through `parent` (QĐ 2282 → a province's KH → a commune's).
 */
import type { DatePeriod } from '../text/dates';

/**
 * What a task or target becomes at one level of the units implementing the plan (`xa`,
 * `van-phong-ubnd-tinh`): data a maintainer writes, so a draft fits the level without code.
 */
export interface LevelNote {
  /** false: not carried out at that level; the reason goes into the draft's coverage. */
  applies?: boolean;
  reason?: string;
  /** The wording at that level. */
  title?: string;
  heading?: string;
  /** A target's indicator as that level measures it. */
  indicator?: string;
}

export interface ParentTarget {
  /** Stable key, so a child's target can be matched to the parent's (`lanh-dao-chu-chot-nu`). */
  id: string;
  indicator: string;
  value: number;
  unit: string;
  year: number;
  levels?: Record<string, LevelNote>;
}

export interface ParentTask {
  code: string;
  title: string;
  /** A one-line heading for a task whose wording runs longer than a line. */
  heading?: string;
  suggestedLead?: string;
  timing?: string;
  levels?: Record<string, LevelNote>;
}

export interface ParentReporting {
  /** `30/11` or an ISO date. */
  day: number;
  month: number;
  year?: number | null;
  recurrence: 'yearly' | 'half-yearly' | 'quarterly' | 'monthly' | 'once';
  /** When the parent sets a month or a quarter ("trong tháng 12 hằng năm"): compared by its last day; `day`/`month` are then that day. */
  period?: DatePeriod;
  to?: string;
  text?: string;
}

/** Exactly one of: `from` (the place in the document), `assumed` (why), `unread` (what is missing). */
export type ProvenanceNote = { from: string } | { assumed: string } | { unread: string };

/** Where a parent's values come from (`src/core/catalog/provenance.ts` reads it). */
export interface Provenance {
  /** The real document read (file, repository, version); null when none was at hand. */
  document?: string | null;
  /** Keyed by value path: `number`, `tasks[2.a].timing`, `tasks[*].heading`, `targets`. */
  values: Record<string, ProvenanceNote>;
}

export interface ParentPlan {
  /** File name without `.yaml`. */
  id: string;
  /** `KH`, `QĐ`, `CTr` … */
  kind: string;
  number: string;
  date: string;
  issuer: string;
  /** How the plan names the issuer when it cites it (`Chủ tịch UBND tỉnh`). */
  issuerShort?: string;
  title: string;
  programme?: string;
  period?: { from: number; to: number };
  targets: ParentTarget[];
  tasks: ParentTask[];
  reporting?: ParentReporting | null;
  /** Id of this plan's own parent in the catalog. */
  parent?: string | null;
  /** Fields an import could not read, for the user to fill. */
  unresolved?: string[];
  /** Where each value comes from: the document (and where), an assumption, or unread. */
  provenance?: Provenance;
}
