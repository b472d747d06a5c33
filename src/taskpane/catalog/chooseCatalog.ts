/**
 * The catalogs themselves, loaded with the drafting tabs (or once a published catalog arrives),
 * never with the pane's first screen.
 */
import { useContext } from 'react';
import { BUILT_IN_STORE, catalogPlans, unitRegistries } from '../../core/catalog/builtIn';
import { chooseCatalog, type CatalogFetch } from '../../core/templates/publishedCatalog';
import { ChosenCatalog, type PaneCatalog } from './CatalogContext';

let builtIn: PaneCatalog | null = null;
function builtInCatalog(): PaneCatalog {
  return (builtIn ??= { source: 'built-in', store: BUILT_IN_STORE, plans: catalogPlans(), registries: unitRegistries(), notice: null });
}

/** What the pane drafts from, given what the fetch found: core decides (`chooseCatalog`). */
export function paneCatalogFrom(fetched: CatalogFetch): PaneCatalog {
  const choice = chooseCatalog(fetched, BUILT_IN_STORE);
  return choice.source === 'published'
    ? { source: 'published', store: choice.store, plans: catalogPlans(choice.store), registries: unitRegistries(choice.store), set: choice.set, notice: choice.notice }
    : { ...builtInCatalog(), notice: choice.notice };
}

/** The catalog the drafting tabs use: the chosen one, or the built-in one until it is known. */
export function useCatalog(): PaneCatalog {
  return useContext(ChosenCatalog) ?? builtInCatalog();
}
