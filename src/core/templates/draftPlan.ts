/**
 * The pane's entry points: a form (as YAML text, or as the object the pane's fields fill) → the
 * plan's blocks and its parent link, with the precompiled templates and the catalog built into
 * the bundle (no `unsafe-eval`, no files). Errors are KhInputErrors whose messages name the field.
 */
import { stringify } from 'yaml';
import type { Block } from '../blocks';
import type { ParentPlan } from '../plan/parentPlan';
import type { ParentLink } from '../snapshot';
import type { DraftContext } from './draftContext';
import type { DraftForm } from './draftForm';
import { BUILT_IN_STORE } from '../catalog/builtIn';
import type { TemplateStore } from '../catalog/store';
import { PRECOMPILED_TEMPLATES } from './generated/templates';
import { prepareDraftFromText } from './prepareDraft';
import { renderPlan, type SectionId } from './renderPlan';
import type { TemplateSet } from './templateSet';

export interface DraftResult {
  blocks: Block[];
  parentLink: ParentLink;
  ctx: DraftContext;
}

export interface DraftOptions {
  sections?: readonly SectionId[];
  set?: TemplateSet;
  store?: TemplateStore;
  /** A parent the user imported from a document (not in the catalog); otherwise the form's `parent`. */
  parent?: ParentPlan;
}

/** A form written as YAML (`examples/*.yaml`). */
export function draftPlan(formText: string, formFile: string, options: DraftOptions = {}): DraftResult {
  const store = options.store ?? BUILT_IN_STORE;
  const given = options.parent ? { plan: options.parent, fromCatalog: store.plan(options.parent.id) != null } : null;
  const { ctx, parentLink } = prepareDraftFromText(formText, formFile, store, given);
  return { blocks: renderPlan(options.set ?? PRECOMPILED_TEMPLATES, ctx, { sections: options.sections }), parentLink, ctx };
}

/** A form as the pane holds it: checked exactly as a YAML form would be. */
export function draftFromForm(form: DraftForm, options: DraftOptions = {}): DraftResult {
  return draftPlan(stringify(form, { lineWidth: 0 }), 'biểu mẫu', options);
}
