import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { TemplateStore } from '../../core/catalog/store';
import type { UnitRegistry } from '../../core/catalog/unitRegistry';
import type { ParentPlan } from '../../core/plan/parentPlan';
import type { CatalogFetch, CatalogNotice } from '../../core/templates/publishedCatalog';
import type { TemplateSet } from '../../core/templates/templateSet';
import { useI18n } from '../i18n';

/** The catalog the pane drafts from: the organisation's published one, or the built-in one. */
export interface PaneCatalog {
  source: 'published' | 'built-in';
  store: TemplateStore;
  plans: ParentPlan[];
  registries: UnitRegistry[];
  /** The published section templates; the built-in ones when absent. */
  set?: TemplateSet;
  notice: CatalogNotice | null;
}

/**
 * The catalog core chose once the published one was fetched; null until then (and without a
 * published one to fetch): the drafting tabs then use the built-in catalog (`useCatalog`). This
 * file stays free of the catalogs themselves so the pane's first screen does not carry YAML,
 * Handlebars' runtime and every parent plan (`tests/e2e/bundles.test.ts`).
 */
export const ChosenCatalog = createContext<PaneCatalog | null>(null);

/**
 * Loads the published catalog once (`load`, the host's fetch) after the first render, and gives the
 * pane the one core chose. Until it arrives, and without `load` (tests), the built-in catalog.
 */
export function CatalogProvider({ load, children }: { load?: () => Promise<CatalogFetch>; children: ReactNode }) {
  const [catalog, setCatalog] = useState<PaneCatalog | null>(null);
  useEffect(() => {
    if (!load) return;
    let live = true;
    void Promise.all([load(), import('./chooseCatalog')]).then(([fetched, { paneCatalogFrom }]) => {
      if (live) setCatalog(paneCatalogFrom(fetched));
    });
    return () => void (live = false);
  }, [load]);
  return <ChosenCatalog.Provider value={catalog}>{children}</ChosenCatalog.Provider>;
}

/** Whose catalog is in use, or why the built-in one is (a warning). */
export function CatalogNoticeBar() {
  const chosen = useContext(ChosenCatalog);
  const { language } = useI18n();
  if (!chosen?.notice) return null;
  return (
    <MessageBar intent={chosen.source === 'published' ? 'info' : 'warning'} data-testid="catalog-notice">
      <MessageBarBody>{language === 'vi' ? chosen.notice.vi : chosen.notice.en}</MessageBarBody>
    </MessageBar>
  );
}
