/**
 * From a checked form to everything the renderer needs, with plans and units from a catalog store.
 * The parent comes from the form's `parent:` (a catalog id) unless the caller already has one.
 */
import { KhInputError } from '../errors';
import type { ParentPlan } from '../plan/parentPlan';
import type { ParentLink } from '../snapshot';
import { ancestorsOf, catalogPlan, parentLinkOf, unitRegistry, type TemplateStore } from '../catalog/store';
import { buildDraftContext, type DraftContext } from './draftContext';
import type { ParsedForm } from './draftForm';

export interface PreparedDraft {
  ctx: DraftContext;
  parent: ParentPlan;
  /** The link the document keeps, with what the plan did with each parent task and target. */
  parentLink: ParentLink;
}

/** A parent the caller already loaded (`--parent`, a document the user imported), with whether it is a catalog plan. */
export interface GivenParent {
  plan: ParentPlan;
  fromCatalog: boolean;
}

export function prepareDraft(parsed: ParsedForm, store: TemplateStore, given: GivenParent | null = null): PreparedDraft {
  const { form, source } = parsed;
  let parent: ParentPlan;
  let fromCatalog: boolean;
  if (given) {
    ({ plan: parent, fromCatalog } = given);
  } else if (form.parent) {
    parent = catalogPlan(store, form.parent, { file: source.file, ...source.placeOf(['parent']) });
    fromCatalog = true;
  } else {
    throw new KhInputError(source.file, 'chưa biết kế hoạch cấp trên: ghi "parent: <mã trong templates/plans>" trong form hoặc dùng --parent', { line: 1, column: 1 }, 'no parent plan: set "parent:" or use --parent', 'parent-missing');
  }
  const ancestors = ancestorsOf(store, parent);
  const registry = unitRegistry(store, form.units, { file: source.file, ...source.placeOf(['units']) });
  const ctx = buildDraftContext(parsed, parent, ancestors, registry);
  return { ctx, parent, parentLink: { ...parentLinkOf(parent, fromCatalog), coverage: ctx.coverage } };
}
