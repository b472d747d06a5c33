import { Badge, Button, CounterBadge, Input, makeStyles, MessageBar, MessageBarBody, ProgressBar, Text, tokens } from '@fluentui/react-components';
import { ChevronLeftRegular, ChevronRightRegular, DismissRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Finding, Severity } from '../../core/checks/types';
import type { DocumentHost } from '../../hosts/host';
import { errorText } from '../components/errorText';
import { useI18n } from '../i18n';
import type { CheckProgress, CheckResult } from './checkJob';
import type { CheckRunner } from './checkRunner';
import { groupFindings } from './groupFindings';
import { documentKey, loadIgnored, saveIgnored, type Ignored } from './ignoredStore';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  nav: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, marginLeft: 'auto' },
  position: { minWidth: '3em', textAlign: 'center', whiteSpace: 'nowrap' },
  group: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalS },
  groupHead: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalXS },
  groupTitle: { flexGrow: 1, fontWeight: tokens.fontWeightSemibold },
  badge: { whiteSpace: 'nowrap', flexShrink: 0 },
  finding: {
    display: 'block',
    width: '100%',
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  current: { border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  // One line: the excerpt is cut by the engine, an ellipsis says so; the whole excerpt is the tooltip.
  where: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, display: 'block', overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis' },
  fixValue: { flexBasis: '100%' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, margin: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}` },
});

const BADGE: Record<Severity, 'danger' | 'warning' | 'informative'> = { error: 'danger', warning: 'warning', info: 'informative' };

export interface CheckPanelProps {
  host: DocumentHost;
  runCheck: CheckRunner;
  /** Called after the panel changed the document (a fix), so the page can refresh its view. */
  onDocumentChanged?: () => void;
  /** How many edits the pane has made; findings from before the last one are marked out of date. */
  edits?: number;
  /** Where ignored findings are remembered per document (localStorage in the pane). */
  storage?: Storage;
}


/** Kiểm tra: run the checks, findings by rule, go to each, fix or ignore, check again. */
export function CheckPanel({ host, runCheck, onDocumentChanged, edits = 0, storage }: CheckPanelProps) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const [result, setResult] = useState<CheckResult | null>(null);
  const [progress, setProgress] = useState<CheckProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [ignored, setIgnored] = useState<Ignored>([]);
  /** The document the ignored list belongs to, known after the first read. */
  const docKey = useRef<string | null>(null);
  const [current, setCurrent] = useState<number>(-1);
  const [checkedAt, setCheckedAt] = useState(edits);
  // The edit count when a check finishes, which may be later than the render that started it.
  const editsRef = useRef(edits);
  useEffect(() => {
    editsRef.current = edits;
  }, [edits]);
  /** What the user typed for the fix's "…" (the lead unit, the timing). */
  const [fixValue, setFixValue] = useState('');

  const run = useCallback(
    async (ignoredArg?: Ignored) => {
      setError(null);
      setProgress({ stage: 'read' });
      try {
        const snapshot = await host.readSnapshot();
        let ignoredNow = ignoredArg ?? ignored;
        if (docKey.current === null) {
          docKey.current = documentKey(snapshot);
          if (!ignoredArg) ignoredNow = loadIgnored(storage, docKey.current);
          setIgnored(ignoredNow);
        }
        const parentLink = snapshot.parentLink ?? (await host.readParentLink());
        const r = await runCheck({ snapshot, parentLink, ignored: ignoredNow }, setProgress);
        setResult(r);
        setCurrent(-1);
        setCheckedAt(editsRef.current);
      } catch (e) {
        setError(errorText(e, language));
      } finally {
        setProgress(null);
      }
    },
    [host, runCheck, ignored, language, storage],
  );

  const groups = useMemo(() => (result ? groupFindings(result.findings, result.rules) : []), [result]);
  const ordered = useMemo(() => groups.flatMap((g) => g.findings), [groups]);
  const summary = useMemo(() => {
    const s = { error: 0, warning: 0, info: 0 };
    for (const f of ordered) s[f.severity]++;
    return s;
  }, [ordered]);

  const go = async (i: number) => {
    if (i < 0 || i >= ordered.length) return;
    setCurrent(i);
    setFixValue('');
    try {
      await host.selectParagraph(ordered[i].location.paragraph);
    } catch (e) {
      setError(t('failed', { message: errorText(e, language) }));
    }
  };

  const applyFix = async (f: Finding) => {
    if (!f.fix) return;
    try {
      const text = fixValue.trim() ? f.fix.text.replace('…', fixValue.trim()) : f.fix.text;
      await host.insertParagraphAfter(f.fix.paragraph, text, f.fix.tag);
      // The cursor goes to the new line on every host, so a following insert lands after it.
      await host.selectParagraph(f.fix.paragraph + 1);
      setNotice(t('fixApplied', { label: f.fix.label[language] }));
      onDocumentChanged?.();
      await run();
    } catch (e) {
      setError(t('failed', { message: errorText(e, language) }));
    }
  };

  const remember = (next: Ignored) => {
    setIgnored(next);
    if (docKey.current) saveIgnored(storage, docKey.current, next);
  };

  const ignore = async (entry: Ignored[number]) => {
    const next = [...ignored, entry];
    remember(next);
    await run(next);
  };

  const busy = progress !== null;
  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        <Button appearance="primary" onClick={() => run()} disabled={busy}>
          {result ? t('rerun') : t('runCheck')}
        </Button>
        {ordered.length > 0 && (
          <div className={styles.nav}>
            <Button icon={<ChevronLeftRegular />} aria-label={t('back')} title={t('back')} onClick={() => go(current - 1)} disabled={current <= 0} />
            <Text size={200} className={styles.position}>{current >= 0 ? t('position', { i: current + 1, n: ordered.length }) : ordered.length}</Text>
            <Button icon={<ChevronRightRegular />} aria-label={t('next')} title={t('next')} onClick={() => go(current + 1)} disabled={current >= ordered.length - 1} />
          </div>
        )}
      </div>
      {busy && (
        <div role="status">
          <Text size={200}>{progress.stage === 'read' ? t('reading') : t('checking', { done: progress.done, total: progress.total })}</Text>
          <ProgressBar value={progress.stage === 'check' && progress.total > 0 ? progress.done / progress.total : undefined} />
        </div>
      )}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {!result && !busy && <Text>{t('notChecked')}</Text>}
      {result && !busy && checkedAt < edits && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('stale')}</MessageBarBody>
        </MessageBar>
      )}
      {result && (
        <Text weight="semibold" role="status" aria-label="summary">
          {t('summary', summary)}
        </Text>
      )}
      {result && ordered.length === 0 && (
        <MessageBar intent="success">
          <MessageBarBody>{t('noFindings')}</MessageBarBody>
        </MessageBar>
      )}
      {ignored.length > 0 && (
        <div className={styles.bar}>
          <Text size={200}>{t('ignoredCount', { n: ignored.length })}</Text>
          <Button size="small" appearance="subtle" onClick={() => { remember([]); void run([]); }}>
            {t('restoreIgnored')}
          </Button>
        </div>
      )}
      {groups.map((g) => (
        <section key={g.rule} className={styles.group} aria-label={g.title[language]} data-rule={g.rule}>
          <div className={styles.groupHead}>
            <Badge className={styles.badge} appearance="filled" color={BADGE[g.severity]}>{t(`severity_${g.severity}`)}</Badge>
            <Text className={styles.groupTitle}>{g.title[language]}</Text>
            <CounterBadge count={g.findings.length} appearance="ghost" color="informative" />
            {/* A title, not a Fluent Tooltip: the tooltip's positioning engine would weigh on the first load. */}
            <Button size="small" appearance="subtle" title={t('ignoreRule')} aria-label={t('ignoreRule')} icon={<DismissRegular />} onClick={() => ignore({ rule: g.rule })} />
          </div>
          {g.findings.map((f) => {
            const i = ordered.indexOf(f);
            return (
              <div key={`${f.rule}@${f.location.paragraph}@${i}`}>
                <button type="button" className={`${styles.finding} ${i === current ? styles.current : ''}`} onClick={() => go(i)} aria-current={i === current}>
                  {language === 'en' ? f.messageEn : f.message}
                  <span className={styles.where} title={f.location.text}>
                    {t('paragraph', { n: f.location.paragraph })}: {f.location.text}
                  </span>
                </button>
                {i === current && (
                  <div className={styles.actions}>
                    {f.fix?.text.includes('…') && (
                      <Input className={styles.fixValue} size="small" value={fixValue} placeholder={t('fixValue')} aria-label={t('fixValue')} onChange={(_, d) => setFixValue(d.value)} />
                    )}
                    {f.fix && (
                      <Button size="small" appearance="primary" onClick={() => applyFix(f)}>
                        {f.fix.label[language]}
                      </Button>
                    )}
                    <Button size="small" onClick={() => ignore({ rule: f.rule, text: f.location.text })}>{t('ignore')}</Button>
                  </div>
                )}
              </div>
            );
          })}
        </section>
      ))}
    </div>
  );
}
