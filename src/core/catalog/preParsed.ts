/**
 * The shipped catalog plans, parsed when the catalog was generated: a store hands one out in place
 * of parsing the YAML again when its file still reads exactly as it was shipped. A `kh check` whose
 * parent is a catalog plan spent 25 ms of its 0.4 s in the YAML parser's first run; the pane and
 * each of a batch's threads the same. A file edited since reads through the parser, as before;
 * `tests/core/templates/precompiled.test.ts` keeps the generated plans equal to what the parser reads now.
 */
import type { ParentPlan } from '../plan/parentPlan';
import { PARSED_PLANS, PLAN_FILES } from './generated/catalog';
import type { TemplateStore } from './store';

/** The plan `id` as shipped, when `text` is its shipped file word for word. */
export function shippedPlan(id: string, text: string): ParentPlan | null {
  return Object.hasOwn(PLAN_FILES, id) && PLAN_FILES[id] === text ? frozen(PARSED_PLANS[id]) : null;
}

/** One object for every caller (the pane, each store, each check): none may change it for the others. */
function frozen<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) frozen(v);
  }
  return value;
}

/** `store` with each shipped plan it reads unchanged already parsed. */
export function withShippedPlans(store: TemplateStore): TemplateStore {
  return {
    ...store,
    plan: (id) => {
      const found = store.plan(id);
      const parsed = found && shippedPlan(id, found.text);
      return found && parsed ? { ...found, parsed } : found;
    },
  };
}
