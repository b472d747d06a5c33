import { Button, FluentProvider, makeStaticStyles, makeStyles, Spinner, Tab, TabList, Text, tokens, webLightTheme } from '@fluentui/react-components';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import type { DocumentHost } from '../hosts/host';
import type { CatalogFetch } from '../core/templates/publishedCatalog';
import { CatalogNoticeBar, CatalogProvider } from './catalog/CatalogContext';
import { CheckPanel } from './check/CheckPanel';
import type { CheckRunner } from './check/checkRunner';
import { I18nProvider, translator, type Language } from './i18n';

// Drafting and the parent panel carry the templates and YAML: loaded when first opened.
const DraftPanel = lazy(() => import(/* webpackChunkName: "draft" */ './draft/DraftPanel'));
const ParentPanel = lazy(() => import(/* webpackChunkName: "parent" */ './parent/ParentPanel'));

export type PaneTab = 'draft' | 'check' | 'parent';

const useStyles = makeStyles({
  root: {
    minWidth: '300px',
    maxWidth: '560px',
    margin: '0 auto',
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    boxSizing: 'border-box',
  },
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase500, color: tokens.colorBrandForeground1 },
  // One row of tabs down to 320 px; below that (or with a larger font) it scrolls rather than wraps.
  tabs: { flexWrap: 'nowrap', overflowX: 'auto', marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  // With a document view: above the pane and kept in sight while the pane scrolls (narrow), beside it (wide).
  workspace: {
    display: 'flex',
    flexDirection: 'column',
    '@media (min-width: 800px)': { flexDirection: 'row', height: '100vh' },
  },
  document: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    height: '42vh',
    flexShrink: 0,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    '@media (min-width: 800px)': { position: 'static', height: '100vh', flexGrow: 1, flexShrink: 1, minWidth: 0, borderBottom: 'none', borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
  },
  // Auto margins would stop the column from stretching it: the pane would take its content's width.
  beside: { margin: 0, alignSelf: 'stretch', maxWidth: 'none', '@media (min-width: 800px)': { width: '420px', flexShrink: 0, overflowY: 'auto', height: '100vh' } },
});

// The task pane is the page: the browser's 8 px body margin would take 16 px from a 320 px pane.
const useBodyStyles = makeStaticStyles({ body: { margin: 0 } });

export interface AppProps {
  host: DocumentHost;
  runCheck: CheckRunner;
  initialTab?: PaneTab;
  initialLanguage?: Language;
  storage?: Storage;
  /** Above the tabs: the standalone page puts its open/download bar here. */
  toolbar?: ReactNode;
  /** A view of the document, above the pane when narrow and beside it when wide (the standalone page). */
  document?: ReactNode;
  /** Changes made outside the pane (undo, redo on the standalone page): the findings are then out of date too. */
  documentRevision?: number;
  /** Which document this is across sessions, when the page knows it (file name + hash). */
  documentId?: string;
  onDocumentChanged?: () => void;
  /** Fetches the catalog the organisation publishes beside the add-in (`fetchCatalog`); none: the built-in one. */
  loadCatalog?: () => Promise<CatalogFetch>;
}

/** The pane: the same in Word and on a .docx; it only knows the host it is given. */
export function App({ host, runCheck, initialTab = 'check', initialLanguage = 'vi', storage, toolbar, document, documentRevision = 0, documentId, onDocumentChanged, loadCatalog }: AppProps) {
  useBodyStyles();
  const styles = useStyles();
  const [tab, setTab] = useState<PaneTab>(initialTab);
  const [language, setLanguage] = useState<Language>(initialLanguage);
  /** Bumped on every edit the pane makes, so the findings can say they are out of date. */
  const [edits, setEdits] = useState(0);
  const changed = () => {
    setEdits((n) => n + 1);
    onDocumentChanged?.();
  };
  const t = translator(language);
  return (
    <FluentProvider theme={webLightTheme} lang={language}>
      <I18nProvider language={language}>
        <CatalogProvider load={loadCatalog}>
        <div className={document ? styles.workspace : undefined}>
        {document && <div className={styles.document}>{document}</div>}
        <main className={`${styles.root} ${document ? styles.beside : ''}`}>
          <div className={styles.head}>
            <Text as="h1" className={styles.title}>{t('appTitle')}</Text>
            <Button size="small" appearance="subtle" onClick={() => setLanguage(language === 'vi' ? 'en' : 'vi')} lang={language === 'vi' ? 'en' : 'vi'}>
              {t('language')}
            </Button>
          </div>
          {toolbar}
          <CatalogNoticeBar />
          <TabList className={styles.tabs} size="small" selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as PaneTab)}>
            <Tab value="draft">{t('tabDraft')}</Tab>
            <Tab value="check">{t('tabCheck')}</Tab>
            <Tab value="parent">{t('tabParent')}</Tab>
          </TabList>
          <Suspense fallback={<Spinner size="small" label={t('loading')} />}>
            {tab === 'draft' && <DraftPanel host={host} storage={storage} onDocumentChanged={changed} />}
            {tab === 'parent' && <ParentPanel host={host} onDocumentChanged={changed} />}
          </Suspense>
          {/* Kept mounted so findings survive a trip to another tab. */}
          <div hidden={tab !== 'check'}>
            <CheckPanel host={host} runCheck={runCheck} edits={edits + documentRevision} storage={storage} documentId={documentId} onDocumentChanged={changed} />
          </div>
        </main>
        </div>
        </CatalogProvider>
      </I18nProvider>
    </FluentProvider>
  );
}
