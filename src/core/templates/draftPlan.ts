/**
 * The one drafting pipeline, for the CLI (`kh draft`, `kh templates lint`) and the pane alike: a
 * form (YAML text, or the object the pane's fields fill, checked the same way) → the plan's
 * blocks, its context and its parent link. Templates and catalog default to those built into the
 * bundle (precompiled: no `unsafe-eval`, no files); the CLI passes the ones it read from disk.
 */
import type { Block } from '../blocks';
import type { ParentPlan } from '../plan/parentPlan';
import type { ParentLink } from '../snapshot';
import type { DraftContext } from './draftContext';
import { checkDraftForm, parseDraftForm, type DraftForm, type ParsedForm } from './draftForm';
import { BUILT_IN_STORE } from '../catalog/builtIn';
import type { TemplateStore } from '../catalog/store';
import { PRECOMPILED_TEMPLATES } from './generated/templates';
import { prepareDraft, type GivenParent } from './prepareDraft';
import { renderPlan, type SectionId } from './renderPlan';
import type { TemplateSet } from './templateSet';

export interface DraftResult {
  blocks: Block[];
  parentLink: ParentLink;
  ctx: DraftContext;
  parent: ParentPlan;
}

export interface DraftOptions {
  sections?: readonly SectionId[];
  set?: TemplateSet;
  store?: TemplateStore;
  /**
   * A parent the caller already has (imported from a document, or `--parent`); otherwise the
   * form's `parent`. A bare plan counts as from the catalog when the store has its id.
   */
  parent?: ParentPlan | GivenParent;
}

/** A checked form → blocks, context and parent link. */
export function draftParsed(parsed: ParsedForm, options: DraftOptions = {}): DraftResult {
  const store = options.store ?? BUILT_IN_STORE;
  const p = options.parent;
  const given = !p ? null : 'plan' in p ? p : { plan: p, fromCatalog: store.plan(p.id) != null };
  const { ctx, parent, parentLink } = prepareDraft(parsed, store, given);
  return { blocks: renderPlan(options.set ?? PRECOMPILED_TEMPLATES, ctx, { sections: options.sections }), parentLink, ctx, parent };
}

/** A form written as YAML (`examples/*.yaml`). */
export function draftPlan(formText: string, formFile: string, options: DraftOptions = {}): DraftResult {
  return draftParsed(parseDraftForm(formText, formFile), options);
}

/** A form as the pane holds it: checked exactly as a YAML form would be, without a trip through YAML text. */
export function draftFromForm(form: DraftForm, options: DraftOptions = {}): DraftResult {
  return draftParsed(checkDraftForm(form), options);
}
