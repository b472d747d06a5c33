/// <reference types="office-js" />
import { createRoot } from 'react-dom/client';
import { WordHost } from '../hosts/word/WordHost';
import { App, type PaneTab } from './App';
import { workerCheckRunner } from './check/checkRunner';

interface KhWindow extends Window {
  khUnsupported?: boolean;
  khShowUnsupported?: (reason: 'webview' | 'requirements' | 'officejs') => void;
}
const w = window as KhWindow;

/** The pane inside Word: the ribbon button's URL says which tab to open (`?tab=check`). */
if (!w.khUnsupported && typeof Office === 'undefined') {
  // The CDN script failed (offline, firewall): say so instead of loading forever.
  w.khShowUnsupported?.('officejs');
} else if (!w.khUnsupported) {
  void Office.onReady(() => {
    if (!Office.context.requirements.isSetSupported('WordApi', '1.3')) {
      w.khShowUnsupported?.('requirements');
      return;
    }
    const tab = new URLSearchParams(location.search).get('tab');
    const initialTab: PaneTab = tab === 'draft' || tab === 'parent' ? tab : 'check';
    const language = Office.context.displayLanguage?.toLowerCase().startsWith('vi') === false ? 'en' : 'vi';
    createRoot(document.getElementById('root')!).render(
      <App host={new WordHost()} runCheck={workerCheckRunner()} initialTab={initialTab} initialLanguage={language} storage={window.localStorage} />,
    );
  });
}
