import type { ParentPlan } from '../../core/plan/parentPlan';
import type { ParentLink } from '../../core/snapshot';
import { BUILT_IN_STORE } from '../../core/catalog/builtIn';
import { catalogPlan } from '../../core/catalog/store';

/**
 * The parent to check against, as `kh check` finds it: the catalog plan the link names (bundled),
 * or the link's own fields when the plan is not in the catalog (an imported parent).
 */
export function resolveParent(link: ParentLink | null): ParentPlan | null {
  if (!link) return null;
  if (link.id && BUILT_IN_STORE.planIds().includes(link.id)) {
    return catalogPlan(BUILT_IN_STORE, link.id, { file: `templates/plans/${link.id}.yaml` });
  }
  return { id: link.id ?? link.number, kind: link.kind, number: link.number, date: link.date ?? '', issuer: link.issuer, title: link.title ?? '', targets: [], tasks: [] };
}
