/**
 * From a form's text to everything the renderer needs, with plans and units from a catalog store.
 * The parent comes from the form's `parent:` (a catalog id) unless the caller already has one.
 */
import { KhInputError } from '../errors';
import type { ParentPlan } from '../plan/parentPlan';
import type { ParentLink } from '../snapshot';
import { ancestorsOf, catalogPlan, parentLinkOf, unitRegistry, type TemplateStore } from '../catalog/store';
import { buildDraftContext, type DraftContext } from './draftContext';
import { parseDraftForm } from './draftForm';

export interface PreparedDraft {
  ctx: DraftContext;
  parent: ParentPlan;
  parentLink: ParentLink;
}

/**
 * `given`: a parent the caller already loaded (`--parent`), with whether it is a catalog plan;
 * otherwise the form's `parent:` id is looked up in the store.
 */
export function prepareDraftFromText(text: string, formFile: string, store: TemplateStore, given: { plan: ParentPlan; fromCatalog: boolean } | null = null): PreparedDraft {
  const parsed = parseDraftForm(text, formFile);
  const { form, source } = parsed;
  let parent: ParentPlan;
  let fromCatalog: boolean;
  if (given) {
    ({ plan: parent, fromCatalog } = given);
  } else if (form.parent) {
    parent = catalogPlan(store, form.parent, { file: formFile, ...source.placeOf(['parent']) });
    fromCatalog = true;
  } else {
    throw new KhInputError(formFile, 'chưa biết kế hoạch cấp trên: ghi "parent: <mã trong templates/plans>" trong form hoặc dùng --parent', { line: 1, column: 1 }, 'no parent plan: set "parent:" or use --parent');
  }
  const ancestors = ancestorsOf(store, parent);
  const registry = unitRegistry(store, form.units, { file: formFile, ...source.placeOf(['units']) });
  const ctx = buildDraftContext(parsed, parent, ancestors, registry);
  return { ctx, parent, parentLink: parentLinkOf(parent, fromCatalog) };
}
