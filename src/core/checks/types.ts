import type { DocumentSnapshot } from '../snapshot';
import type { Plan } from '../plan/model';
import type { ParentPlan } from '../plan/parentPlan';

export type Severity = 'error' | 'warning' | 'info';

export interface FindingLocation {
  /** 1-based paragraph index in the document (line number for .txt). */
  paragraph: number;
  /** First 80 characters of that paragraph. */
  text: string;
}

/** A fix the pane can apply in one edit: insert a paragraph after the given one. */
export interface InsertParagraphFix {
  kind: 'insert-paragraph-after';
  paragraph: number;
  text: string;
  /** Content-control tag for the inserted field (`kh:lead`). */
  tag?: string;
  label: { vi: string; en: string };
}

/**
 * A fix that rewrites words inside one paragraph: the first occurrence of `find` becomes `replace`
 * (a near-miss name, leftover markup, a legacy-encoded paragraph). One undoable edit in Word.
 */
export interface ReplaceTextFix {
  kind: 'replace-text';
  paragraph: number;
  find: string;
  replace: string;
  label: { vi: string; en: string };
}

/**
 * A fix that converts the document's text set in TCVN3 or VNI fonts (`.VnTime`, `VNI-Times`) to
 * Unicode in Times New Roman, every other run untouched; `paragraph` is where the finding points.
 * One undoable edit in Word.
 */
export interface ConvertLegacyFix {
  kind: 'convert-legacy';
  paragraph: number;
  label: { vi: string; en: string };
}

export type Fix = InsertParagraphFix | ReplaceTextFix | ConvertLegacyFix;

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  messageEn: string;
  location: FindingLocation;
  fix?: Fix;
}

/** What a rule's check sees. */
export interface CheckContext {
  snapshot: DocumentSnapshot;
  plan: Plan;
  /** The linked or given parent plan, when there is one. */
  parent: ParentPlan | null;
  /**
   * Vietnamese syllables a host loaded (the CLI reads `dictionary-vi`, a GPL word list kept out of
   * the MIT add-in's bundle); without it `misspelt-syllable` stays silent.
   */
  dictionary?: SyllableDictionary;
}

/** Known syllables in lower case with the old tone placement ("hoà", "thuỷ"), as Hunspell's Vietnamese list writes them. */
export interface SyllableDictionary {
  has(syllable: string): boolean;
}

/** What a rule reports; the engine adds the rule id, severity and the paragraph excerpt. */
export interface RuleHit {
  paragraph: number;
  /** Values for the message's `{placeholders}`. */
  args?: Record<string, string | number>;
  fix?: Fix;
  /** Which of the rule's `variants` messages to use instead of its main `message`. */
  variant?: string;
  /** A milder severity than the rule's for this hit (an incomplete citation rather than a wrong one). */
  severity?: Severity;
}

/**
 * What a rule applies to: `plan`, the rules of a Kế hoạch (tasks, reporting, sections, the parent
 * plan); `any`, those of every administrative document (thể thức under NĐ 30, names, the text).
 * On a document that is not a plan (a Báo cáo, a Quyết định …) only `any` rules run.
 */
export type RuleScope = 'plan' | 'any';

export interface Rule {
  id: string;
  severity: Severity;
  appliesTo: RuleScope;
  /** Reads a part only a whole document has (header, number, date line, Nơi nhận, signature): not run on an appendix saved on its own. */
  wholeDocument?: true;
  /** Short name of the check, for grouping in the pane. */
  title: { vi: string; en: string };
  /** Message with `{name}` placeholders filled from a hit's args. */
  message: { vi: string; en: string };
  /** The legal or practical source the rule enforces (NĐ 30 Phụ lục I II.6đ …). */
  source?: string;
  /** Rule family, for grouping in docs/rules.md and the pane (`tasks`, `reporting` …). */
  family?: string;
  /** Alternative messages a hit picks by `variant` (`duplicate`, `skipped` …). */
  variants?: Record<string, { vi: string; en: string }>;
  check(ctx: CheckContext): RuleHit[];
}

/** How a check run is narrowed and followed (the pane's "ignore" and progress bar). */
export interface CheckOptions {
  /** Rule ids switched off for this run. */
  disabled?: string[];
  /**
   * Findings the user chose to ignore: one finding, by its `paragraph` or, surviving edits that
   * shift paragraphs, by its excerpt `text`; with neither, the rule everywhere in the document.
   */
  ignored?: { rule: string; paragraph?: number; text?: string }[];
  /** Called after each rule, with the number of rules done and the total. */
  onProgress?(done: number, total: number): void;
}
