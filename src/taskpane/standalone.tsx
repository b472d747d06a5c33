import { Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { ArrowRedoRegular, ArrowUndoRegular } from '@fluentui/react-icons';
import { lazy, Suspense, useEffect, useRef, useState, type ChangeEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { textToDocx } from '../core/ooxml/writeDocx';
import { DocxHost } from '../hosts/docx/DocxHost';
import sampleText from '../../samples/ke-hoach-mau.txt?raw';
import type { CatalogFetch } from '../core/templates/publishedCatalog';
import { App } from './App';
import { workerCheckRunner } from './check/checkRunner';
import { errorText } from './components/errorText';
import { useI18n } from './i18n';
import { openDocument, type OpenDocument } from './standalone/openDocument';
import { indexedDbSessions, sessionId, type SessionStore } from './standalone/sessionStore';

// The renderer (docx-preview and its zip reader) loads after the pane: the first render stays light.
const DocumentView = lazy(() => import(/* webpackChunkName: "docview" */ './standalone/DocumentView'));

const SAMPLE_NAME = 'ke-hoach-mau.docx';

// The organisation's catalog beside the page, fetched once: the pane remounts for every file opened.
let catalogOnce: Promise<CatalogFetch> | null = null;
// Loaded after the first render: parsing a published catalog needs YAML and Handlebars' runtime.
const loadCatalog = () => (catalogOnce ??= import('../hosts/web/fetchCatalog').then(({ fetchCatalog }) => fetchCatalog({ base: location.href })));

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, padding: tokens.spacingHorizontalS, backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusMedium },
  file: { flexBasis: '100%', color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  error: { flexBasis: '100%', color: tokens.colorPaletteRedForeground1 },
  hidden: { display: 'none' },
});

/** The sample plan (samples/ke-hoach-mau.txt, bundled) written as a .docx in the page. */
export function sampleBytes(): Uint8Array {
  return textToDocx(sampleText.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n'));
}

export function sampleHost(): DocxHost {
  return new DocxHost(sampleBytes(), SAMPLE_NAME);
}

/** Open a .docx, undo and redo, download the result: the bar above the pane on the standalone page. */
export function FileBar({ doc, isSample, onOpen, showDocument, onToggleDocument }: { doc: OpenDocument; isSample: boolean; onOpen: (bytes: Uint8Array, name: string) => Promise<void>; showDocument: boolean; onToggleDocument: () => void }) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const { host } = doc;
  const [, redraw] = useState(0);
  useEffect(() => host.subscribe(() => redraw((n) => n + 1)), [host]);

  const open = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    try {
      await onOpen(new Uint8Array(await file.arrayBuffer()), file.name);
      setError(null);
    } catch (err) {
      setError(errorText(err, language));
    }
  };

  const download = () => {
    const blob = new Blob([host.save() as Uint8Array<ArrayBuffer>], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = host.source;
    a.click();
    host.markSaved();
    redraw((n) => n + 1);
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  };

  return (
    <div className={styles.bar}>
      <input ref={input} className={styles.hidden} type="file" accept=".docx,.doc" onChange={open} data-testid="open-docx" />
      <Button onClick={() => input.current?.click()}>{t('openDocx')}</Button>
      <Button onClick={() => void onOpen(DocxHost.blank().save(), 'kế hoạch mới.docx')}>{t('newDocument')}</Button>
      <Button appearance="primary" onClick={download}>{t('download')}</Button>
      <Button icon={<ArrowUndoRegular />} aria-label={t('undo')} title={t('undo')} disabled={!host.canUndo} onClick={() => host.undo()} data-testid="undo" />
      <Button icon={<ArrowRedoRegular />} aria-label={t('redo')} title={t('redo')} disabled={!host.canRedo} onClick={() => host.redo()} data-testid="redo" />
      <Button appearance="subtle" onClick={onToggleDocument} aria-pressed={showDocument}>{showDocument ? t('hideDocument') : t('showDocument')}</Button>
      <Text size={200} className={styles.file} role="status" data-testid="file-status">
        {doc.restored ? t('restored', { file: host.source }) : isSample ? t('sampleLoaded') : t('opened', { file: host.source })}
      </Text>
      {error && <Text size={200} className={styles.error} role="alert">{error}</Text>}
    </div>
  );
}

/** Ctrl+Z and Ctrl+Y (or Ctrl+Shift+Z) undo and redo the pane's edits, except while typing in a field, where they are the field's. */
function useUndoKeys(host: DocxHost) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) {
        if (host.undo()) e.preventDefault();
      } else if (key === 'y' || (key === 'z' && e.shiftKey)) {
        if (host.redo()) e.preventDefault();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [host]);
}

/** Keeps the document after every change and asks before the page is left with changes not downloaded. */
function useKeptDocument(doc: OpenDocument, sessions: SessionStore | null) {
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    const stop = doc.host.subscribe((change) => {
      if (change === 'selection') return;
      if (change === 'undo' || change === 'redo') setRevision((n) => n + 1);
      void sessions?.save({ id: doc.id, name: doc.host.source, bytes: doc.host.save(), savedAt: Date.now() }).catch(() => undefined);
    });
    const leave = (e: BeforeUnloadEvent) => {
      if (doc.host.unsaved > 0) {
        e.preventDefault();
        e.returnValue = '';
      }
    };
    window.addEventListener('beforeunload', leave);
    return () => {
      stop();
      window.removeEventListener('beforeunload', leave);
    };
  }, [doc, sessions]);
  return revision;
}

function Standalone({ initial, sessions }: { initial: OpenDocument; sessions: SessionStore | null }) {
  const [doc, setDoc] = useState<OpenDocument>(initial);
  const [generation, setGeneration] = useState(0);
  const [showDocument, setShowDocument] = useState(true);
  const [runCheck] = useState(workerCheckRunner);
  useUndoKeys(doc.host);
  const revision = useKeptDocument(doc, sessions);
  const open = async (bytes: Uint8Array, name: string) => {
    const next = await openDocument(bytes, name, sessions);
    setDoc(next);
    setGeneration((g) => g + 1);
  };
  return (
    <App
      key={generation}
      host={doc.host}
      runCheck={runCheck}
      storage={window.localStorage}
      loadCatalog={loadCatalog}
      documentId={doc.id}
      documentRevision={revision}
      toolbar={<FileBar doc={doc} isSample={generation === 0 && doc.host.source === SAMPLE_NAME} onOpen={open} showDocument={showDocument} onToggleDocument={() => setShowDocument((s) => !s)} />}
      document={
        showDocument ? (
          <Suspense fallback={<Spinner size="small" label="…" />}>
            <DocumentView host={doc.host} />
          </Suspense>
        ) : undefined
      }
    />
  );
}

/** The document last worked on, as it was before the reload, else the sample. */
async function firstDocument(sessions: SessionStore | null): Promise<OpenDocument> {
  const last = await sessions?.last().catch(() => null);
  if (last) {
    try {
      return { host: new DocxHost(last.bytes, last.name), id: last.id, restored: true };
    } catch {
      // A kept copy that no longer opens: start from the sample.
    }
  }
  const bytes = sampleBytes();
  return { host: new DocxHost(bytes, SAMPLE_NAME), id: sessionId(SAMPLE_NAME, bytes), restored: false };
}

if (!(window as { khUnsupported?: boolean }).khUnsupported) {
  const sessions = indexedDbSessions();
  void firstDocument(sessions).then((initial) => createRoot(document.getElementById('root')!).render(<Standalone initial={initial} sessions={sessions} />));
}
