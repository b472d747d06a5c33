/**
 * The pane's entry point: a form's text → the plan's blocks and its parent link, with the
 * precompiled templates and the catalog built into the bundle (no `unsafe-eval`, no files).
 */
import type { Block } from '../blocks';
import type { ParentLink } from '../snapshot';
import type { DraftContext } from './draftContext';
import { PLAN_FILES, PRECOMPILED_TEMPLATES, UNIT_FILES } from './generated/templates';
import { memoryStore, prepareDraftFromText, type TemplateStore } from './prepareDraft';
import { renderPlan, type SectionId } from './renderPlan';
import type { TemplateSet } from './templateSet';

export interface DraftResult {
  blocks: Block[];
  parentLink: ParentLink;
  ctx: DraftContext;
}

export const BUILT_IN_STORE: TemplateStore = memoryStore(PLAN_FILES, UNIT_FILES);

export function draftPlan(
  formText: string,
  formFile: string,
  options: { sections?: readonly SectionId[]; set?: TemplateSet; store?: TemplateStore } = {},
): DraftResult {
  const { ctx, parentLink } = prepareDraftFromText(formText, formFile, options.store ?? BUILT_IN_STORE);
  return { blocks: renderPlan(options.set ?? PRECOMPILED_TEMPLATES, ctx, { sections: options.sections }), parentLink, ctx };
}
