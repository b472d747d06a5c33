import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useRef, useState, type ChangeEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { textToDocx } from '../core/ooxml/writeDocx';
import { DocxHost } from '../hosts/docx/DocxHost';
import sampleText from '../../samples/ke-hoach-mau.txt?raw';
import { App } from './App';
import { workerCheckRunner } from './check/checkRunner';
import { errorText } from './components/errorText';
import { useI18n } from './i18n';

const SAMPLE_NAME = 'ke-hoach-mau.docx';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, padding: tokens.spacingHorizontalS, backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusMedium },
  file: { flexBasis: '100%', color: tokens.colorNeutralForeground2 },
  error: { flexBasis: '100%', color: tokens.colorPaletteRedForeground1 },
  hidden: { display: 'none' },
});

/** The sample plan (samples/ke-hoach-mau.txt, bundled) written as a .docx in the page. */
export function sampleHost(): DocxHost {
  return new DocxHost(textToDocx(sampleText.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n')), SAMPLE_NAME);
}

/** Open a .docx, download the result: the bar above the pane on the standalone page. */
export function FileBar({ host, isSample, onOpen }: { host: DocxHost; isSample: boolean; onOpen: (host: DocxHost) => void }) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);

  const open = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    try {
      onOpen(new DocxHost(new Uint8Array(await file.arrayBuffer()), file.name));
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
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  };

  return (
    <div className={styles.bar}>
      <input ref={input} className={styles.hidden} type="file" accept=".docx,.doc" onChange={open} data-testid="open-docx" />
      <Button onClick={() => input.current?.click()}>{t('openDocx')}</Button>
      <Button onClick={() => onOpen(DocxHost.blank())}>{t('newDocument')}</Button>
      <Button appearance="primary" onClick={download}>{t('download')}</Button>
      <Text size={200} className={styles.file}>{isSample ? t('sampleLoaded') : t('opened', { file: host.source })}</Text>
      {error && <Text size={200} className={styles.error} role="alert">{error}</Text>}
    </div>
  );
}

function Standalone() {
  const [host, setHost] = useState<DocxHost>(sampleHost);
  const [generation, setGeneration] = useState(0);
  const [runCheck] = useState(workerCheckRunner);
  const open = (next: DocxHost) => {
    setHost(next);
    setGeneration((g) => g + 1);
  };
  return (
    <App
      key={generation}
      host={host}
      runCheck={runCheck}
      storage={window.localStorage}
      toolbar={<FileBar host={host} isSample={generation === 0} onOpen={open} />}
    />
  );
}

if (!(window as { khUnsupported?: boolean }).khUnsupported) {
  createRoot(document.getElementById('root')!).render(<Standalone />);
}
