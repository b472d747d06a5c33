import type { Rule } from './types';
import { taskLeadMissing } from './rules/tasks/taskLeadMissing';
import { taskTimingMissing } from './rules/tasks/taskTimingMissing';
import { reportDeadlineMissing } from './rules/reporting/reportDeadlineMissing';
import { reportDeadlineAfterParent } from './rules/reporting/reportDeadlineAfterParent';
import { fieldPlaceholder } from './rules/fields/fieldPlaceholder';
import { draftNumberDateBlank } from './rules/fields/draftNumberDateBlank';
import { sectionMissing } from './rules/structure/sectionMissing';
import { sectionNumbering } from './rules/structure/sectionNumbering';
import { parentRefMissing } from './rules/parent/parentRefMissing';
import { parentRefMismatch } from './rules/parent/parentRefMismatch';
import { targetBelowParent } from './rules/parent/targetBelowParent';
import { periodMismatch } from './rules/parent/periodMismatch';
import { recipientsMissing } from './rules/form/recipientsMissing';
import { archiveLineMissing } from './rules/form/archiveLineMissing';
import { signatureAuthority } from './rules/form/signatureAuthority';
import { trichYeuVv } from './rules/form/trichYeuVv';
import { unitNameStale } from './rules/form/unitNameStale';
import { legacyEncoding } from './rules/form/legacyEncoding';
import { trackedChanges } from './rules/form/trackedChanges';
import { tonePlacementMixed } from './rules/spelling/tonePlacementMixed';
import { frontAssigned } from './rules/form/frontAssigned';
import { officialName } from './rules/names/officialName';
import { taskUnowned } from './rules/tasks/taskUnowned';
import { recipientsReportTo } from './rules/recipients/recipientsReportTo';
import { recipientsAssigned } from './rules/recipients/recipientsAssigned';
import { spellingVariant } from './rules/words/spellingVariant';
import { unicodeNormalization } from './rules/words/unicodeNormalization';
import { misspeltSyllable } from './rules/words/misspeltSyllable';
import { levelMismatch } from './rules/scope/levelMismatch';
import { wordConfusion } from './rules/words/wordConfusion';
import { paragraphBroken } from './rules/words/paragraphBroken';
import { leftoverMarkup } from './rules/words/leftoverMarkup';
import { recipientsEntry } from './rules/recipients/recipientsEntry';
import { headerMissing } from './rules/header/headerMissing';
import { numberForm } from './rules/header/numberForm';
import { dateLineForm } from './rules/header/dateLineForm';
import { layoutNd30 } from './rules/layout/layoutNd30';

/** Every rule the checker runs, in the order docs/rules.md lists them. */
export const rules: readonly Rule[] = [
  taskLeadMissing,
  taskTimingMissing,
  reportDeadlineMissing,
  fieldPlaceholder,
  parentRefMissing,
  parentRefMismatch,
  reportDeadlineAfterParent,
  targetBelowParent,
  periodMismatch,
  sectionMissing,
  sectionNumbering,
  draftNumberDateBlank,
  recipientsMissing,
  archiveLineMissing,
  signatureAuthority,
  trichYeuVv,
  unitNameStale,
  legacyEncoding,
  trackedChanges,
  frontAssigned,
  tonePlacementMixed,
  taskUnowned,
  levelMismatch,
  officialName,
  headerMissing,
  numberForm,
  dateLineForm,
  layoutNd30,
  recipientsEntry,
  recipientsReportTo,
  recipientsAssigned,
  wordConfusion,
  paragraphBroken,
  leftoverMarkup,
  spellingVariant,
  unicodeNormalization,
  misspeltSyllable,
];

/** What the engine reports when a rule itself fails: the user sees it, the other rules still run. */
export const internalErrorRule: Rule = {
  id: 'internal-error',
  family: 'internal',
  severity: 'info',
  appliesTo: 'any',
  title: { vi: 'Lỗi nội bộ của trình kiểm tra', en: 'Checker internal error' },
  message: {
    vi: 'Quy tắc {rule} gặp lỗi nội bộ nên chưa kiểm tra được ({error}); các quy tắc khác vẫn chạy',
    en: 'Rule {rule} failed internally ({error}); the other rules still ran',
  },
  source: 'Soạn KH',
  check: () => [],
};

/**
 * What the engine reports, once, on a document that is not a plan (a Báo cáo, a Quyết định …):
 * the plan rules were not run, and why; the rules of every administrative document were.
 */
export const planRulesSkippedRule: Rule = {
  id: 'plan-rules-skipped',
  family: 'internal',
  severity: 'info',
  appliesTo: 'any',
  title: { vi: 'Không phải kế hoạch', en: 'Not a plan' },
  message: {
    vi: 'Văn bản này là {kind}, không phải Kế hoạch: chỉ kiểm tra thể thức, tên cơ quan và chữ viết; bỏ qua {count} quy tắc riêng của kế hoạch (nhiệm vụ, hạn báo cáo, các mục, kế hoạch cấp trên)',
    en: 'This document is a {kindEn}, not a plan: only the rules for any administrative document ran; {count} plan rules (tasks, reporting deadline, sections, parent plan) were skipped',
  },
  variants: {
    appendix: {
      vi: 'Tệp này là một phụ lục kèm theo văn bản khác, không phải văn bản đầy đủ: không kiểm tra phần đầu, số, ngày tháng, nơi nhận, chữ ký ({header} quy tắc) và {count} quy tắc riêng của kế hoạch',
      en: 'This file is an appendix to another document, not a whole document: its header, number, date line, recipients and signature ({header} rules) and {count} plan rules were not checked',
    },
  },
  source: 'NĐ 30/2020/NĐ-CP Phụ lục III (tên loại văn bản)',
  check: () => [],
};

/** Rules by id (`internal-error` and `plan-rules-skipped` included, so the pane can title every finding). */
export const ruleById: ReadonlyMap<string, Rule> = new Map([...rules, internalErrorRule, planRulesSkippedRule].map((r) => [r.id, r]));
