import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { BUILT_IN_STORE, catalogPlans, unitRegistries } from '../../core/catalog/builtIn';
import type { TemplateStore } from '../../core/catalog/store';
import type { UnitRegistry } from '../../core/catalog/unitRegistry';
import type { ParentPlan } from '../../core/plan/parentPlan';
import { chooseCatalog, type CatalogFetch, type CatalogNotice } from '../../core/templates/publishedCatalog';
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

const BUILT_IN: PaneCatalog = { source: 'built-in', store: BUILT_IN_STORE, plans: catalogPlans(), registries: unitRegistries(), notice: null };

const CatalogContext = createContext<PaneCatalog>(BUILT_IN);

export function useCatalog(): PaneCatalog {
  return useContext(CatalogContext);
}

/**
 * Loads the published catalog once (`load`, the host's fetch), and gives the pane the one core
 * chose. Until it arrives, and without `load` (tests), the built-in catalog.
 */
export function CatalogProvider({ load, children }: { load?: () => Promise<CatalogFetch>; children: ReactNode }) {
  const [catalog, setCatalog] = useState<PaneCatalog>(BUILT_IN);
  useEffect(() => {
    if (!load) return;
    let live = true;
    load().then((fetched) => {
      if (!live) return;
      const choice = chooseCatalog(fetched, BUILT_IN_STORE);
      setCatalog(
        choice.source === 'published'
          ? { source: 'published', store: choice.store, plans: catalogPlans(choice.store), registries: unitRegistries(choice.store), set: choice.set, notice: choice.notice }
          : { ...BUILT_IN, notice: choice.notice },
      );
    });
    return () => void (live = false);
  }, [load]);
  return <CatalogContext.Provider value={catalog}>{children}</CatalogContext.Provider>;
}

/** Whose catalog is in use, or why the built-in one is (a warning). */
export function CatalogNoticeBar() {
  const { notice, source } = useCatalog();
  const { language } = useI18n();
  if (!notice) return null;
  return (
    <MessageBar intent={source === 'published' ? 'info' : 'warning'} data-testid="catalog-notice">
      <MessageBarBody>{language === 'vi' ? notice.vi : notice.en}</MessageBarBody>
    </MessageBar>
  );
}
