/**
 * The catalog built into the bundle (templates/plans and templates/units as generated text), for
 * the pane and the check worker, which have no files to read.
 */
import type { ParentPlan } from '../plan/parentPlan';
import { PLAN_FILES, UNIT_FILES } from './generated/catalog';
import { withShippedPlans } from './preParsed';
import { catalogPlan, memoryStore, unitRegistry, type TemplateStore } from './store';
import type { UnitRegistry } from './unitRegistry';

export const BUILT_IN_STORE: TemplateStore = withShippedPlans(memoryStore(PLAN_FILES, UNIT_FILES));

/** Every parent plan in the catalog, for the pane's picker. */
export function catalogPlans(store: TemplateStore = BUILT_IN_STORE): ParentPlan[] {
  return store.planIds().map((id) => catalogPlan(store, id, { file: `templates/plans/${id}.yaml` }));
}

/** Every unit registry (one per level), for the pane's unit pickers. */
export function unitRegistries(store: TemplateStore = BUILT_IN_STORE): UnitRegistry[] {
  return store.unitLevels().map((level) => unitRegistry(store, level, { file: `templates/units/${level}.yaml` }));
}
