import { createRoot } from 'react-dom/client';
import { officeReady } from '../hosts/word/officeReady';
import { WordHost } from '../hosts/word/WordHost';
import { App, type PaneTab } from './App';
import { workerCheckRunner } from './check/checkRunner';

/** The organisation's catalog, published beside the add-in (`/catalog/index.json`), when there is one. */
// Loaded after the first render: parsing a published catalog needs YAML and Handlebars' runtime.
const loadCatalog = () => import('../hosts/web/fetchCatalog').then(({ fetchCatalog }) => fetchCatalog({ base: location.href }));

interface KhWindow extends Window {
  khUnsupported?: boolean;
  khShowUnsupported?: (reason: 'webview' | 'requirements' | 'officejs' | 'outside') => void;
}
const w = window as KhWindow;

/** The pane inside Word: the ribbon button's URL says which tab to open (`?tab=check`). */
if (!w.khUnsupported) {
  void officeReady().then((start) => {
    if (!start.ok) {
      w.khShowUnsupported?.(start.reason);
      return;
    }
    const tab = new URLSearchParams(location.search).get('tab');
    const initialTab: PaneTab = tab === 'draft' || tab === 'parent' ? tab : 'check';
    createRoot(document.getElementById('root')!).render(
      <App host={new WordHost()} runCheck={workerCheckRunner()} initialTab={initialTab} initialLanguage={start.language} storage={window.localStorage} loadCatalog={loadCatalog} />,
    );
  });
}
