/**
 * Where plan and unit files come from, wherever they live: the CLI reads them from disk, the pane
 * from the generated module (PLAN_FILES, UNIT_FILES). A catalog plan by id, its ancestors, a unit
 * registry by level, and the link a document keeps to its parent.
 */
import { KhInputError, type InputPlace } from '../errors';
import type { ParentPlan } from '../plan/parentPlan';
import { isCatalogId, type ParentLink } from '../snapshot';
import { parseParentPlan } from './parentPlanFile';
import { parseUnitRegistry, type UnitRegistry } from './unitRegistry';

/** Where plan and unit files come from. `file` names what errors should point at. */
export interface TemplateStore {
  /** `parsed`: the plan already read from this very text (a shipped plan, see preParsed.ts). */
  plan(id: string): { text: string; file: string; parsed?: ParentPlan } | null;
  units(level: string): { text: string; file: string } | null;
  planIds(): string[];
  unitLevels(): string[];
}

/** A store over in-memory texts, e.g. the generated PLAN_FILES and UNIT_FILES. */
export function memoryStore(plans: Record<string, string>, units: Record<string, string>): TemplateStore {
  return {
    plan: (id) => (Object.hasOwn(plans, id) ? { text: plans[id], file: `templates/plans/${id}.yaml` } : null),
    units: (level) => (Object.hasOwn(units, level) ? { text: units[level], file: `templates/units/${level}.yaml` } : null),
    planIds: () => Object.keys(plans),
    unitLevels: () => Object.keys(units),
  };
}

/** A catalog plan by id; `from` is where the id was written. */
export function catalogPlan(store: TemplateStore, id: string, from: { file: string } & InputPlace): ParentPlan {
  const found = store.plan(id);
  if (!found) {
    throw new KhInputError(from.file, `không có kế hoạch "${id}" trong danh mục templates/plans; có: ${store.planIds().join(', ') || '(trống)'}`, { line: from.line, column: from.column }, `no plan "${id}" in the catalog`, 'catalog-plan-unknown');
  }
  const key = `${found.file}\u0000${found.text}`;
  let plan = parsed.get(key);
  if (!plan) {
    plan = found.parsed ?? parseParentPlan(found.text, found.file);
    parsed.set(key, plan);
  }
  return plan;
}

/**
 * Catalog plans already parsed, by file and text (the same text parses the same): a batch of
 * communes linking to one parent parses it once per thread instead of once per plan. Read-only.
 */
const parsed = new Map<string, ParentPlan>();

/** The parent's own parents through the catalog, root first; stops at a loop. */
export function ancestorsOf(store: TemplateStore, plan: ParentPlan): ParentPlan[] {
  const chain: ParentPlan[] = [];
  const seen = new Set([plan.id]);
  let current = plan;
  while (current.parent && !seen.has(current.parent)) {
    seen.add(current.parent);
    const next = catalogPlan(store, current.parent, { file: store.plan(current.id)?.file ?? `templates/plans/${current.id}.yaml` });
    chain.unshift(next);
    current = next;
  }
  return chain;
}

export function unitRegistry(store: TemplateStore, level: string, from: { file: string } & InputPlace): UnitRegistry {
  const found = store.units(level);
  if (!found) {
    throw new KhInputError(from.file, `không có danh mục đơn vị "${level}" (templates/units/${level}.yaml); có: ${store.unitLevels().join(', ')}`, { line: from.line, column: from.column }, `no unit registry "${level}"`, 'unit-registry-unknown');
  }
  return parseUnitRegistry(found.text, found.file);
}

export function parentLinkOf(parent: ParentPlan, fromCatalog: boolean): ParentLink {
  return {
    ...(fromCatalog ? { id: parent.id } : {}),
    kind: parent.kind,
    number: parent.number,
    date: parent.date || null,
    issuer: parent.issuerShort ?? parent.issuer,
    title: parent.title,
  };
}

/**
 * The parent a document links to, to check it against (the CLI's catalog on disk, the pane's
 * built-in one): the catalog plan the link names, or the link's own fields when the catalog has no
 * such plan (a parent imported from a document).
 */
export function parentFromLink(link: ParentLink | null, store: TemplateStore): ParentPlan | null {
  if (!link) return null;
  // The id comes from the document, so from anyone: only a catalog id is looked up, never a path.
  if (link.id && isCatalogId(link.id) && store.plan(link.id)) return catalogPlan(store, link.id, { file: `templates/plans/${link.id}.yaml` });
  return { id: link.id ?? link.number, kind: link.kind, number: link.number, date: link.date ?? '', issuer: link.issuer, title: link.title ?? '', targets: [], tasks: [] };
}
