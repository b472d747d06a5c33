import { Badge, Button, CounterBadge, Input, makeStyles, MessageBar, MessageBarBody, ProgressBar, Text, tokens } from '@fluentui/react-components';
import { ChevronLeftRegular, ChevronRightRegular, DismissRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Severity } from '../../core/checks/types';
import { curlyQuotes } from '../../core/text/quotes';
import type { DocumentHost } from '../../hosts/host';
import { NoticeBar } from '../components/Notice';
import { useI18n } from '../i18n';
import type { CheckRunner } from './checkRunner';
import { useCheck } from './useCheck';

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
    boxSizing: 'border-box',
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
  /** Which document this is across sessions, when the page knows (file name + hash). */
  documentId?: string;
}

/** Kiểm tra: run the checks, findings by rule, go to each, fix or ignore, check again (the logic is `useCheck`). */
export function CheckPanel({ host, runCheck, onDocumentChanged, edits = 0, storage, documentId }: CheckPanelProps) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const check = useCheck({ host, runCheck, storage, documentId, edits, onDocumentChanged });
  const { result, groups, ordered, current, progress, busy } = check;
  /** What the user typed for the fix's "…" (the lead unit, the timing). */
  const [fixValue, setFixValue] = useState('');
  const go = (i: number) => {
    setFixValue('');
    void check.go(i);
  };

  return (
    <div className={styles.root} data-testid="check-panel">
      <div className={styles.bar}>
        <Button appearance="primary" onClick={check.run} disabled={busy} data-testid="run-check">
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
      {progress && (
        <div role="status">
          <Text size={200}>{progress.stage === 'read' ? t('reading') : t('checking', { done: progress.done, total: progress.total })}</Text>
          <ProgressBar value={progress.stage === 'check' && progress.total > 0 ? progress.done / progress.total : undefined} />
        </div>
      )}
      <NoticeBar notice={check.message} />
      {!result && !busy && <Text>{t('notChecked')}</Text>}
      {check.stale && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('stale')}</MessageBarBody>
        </MessageBar>
      )}
      {result && (
        <Text weight="semibold" role="status" aria-label={t('summaryLabel')} data-testid="check-summary">
          {t('summary', check.summary)}
        </Text>
      )}
      {result && ordered.length === 0 && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t('noFindings')}</MessageBarBody>
        </MessageBar>
      )}
      {check.ignoredEntries.length > 0 && (
        <div className={styles.bar}>
          <Text size={200} data-testid="ignored-count">{t('ignoredCount', { n: check.ignoredFindings })}</Text>
          <Button size="small" appearance="subtle" onClick={() => void check.restoreIgnored()}>
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
            <Button size="small" appearance="subtle" title={t('ignoreRule')} aria-label={t('ignoreRule')} icon={<DismissRegular />} onClick={() => void check.ignore({ rule: g.rule })} />
          </div>
          {g.findings.map((f) => {
            const i = ordered.indexOf(f);
            return (
              <div key={`${f.rule}@${f.location.paragraph}@${i}`}>
                <button
                  type="button"
                  className={`${styles.finding} ${i === current ? styles.current : ''}`}
                  onClick={() => go(i)}
                  aria-current={i === current}
                  data-testid="finding"
                  data-paragraph={f.location.paragraph}
                >
                  {curlyQuotes(language === 'en' ? f.messageEn : f.message)}
                  <span className={styles.where} title={f.location.text}>
                    {t('paragraph', { n: f.location.paragraph })}: {f.location.text}
                  </span>
                </button>
                {i === current && (
                  <div className={styles.actions}>
                    {f.fix?.kind === 'insert-paragraph-after' && f.fix.text.includes('…') && (
                      <Input className={styles.fixValue} size="small" value={fixValue} placeholder={t('fixValue')} aria-label={t('fixValue')} onChange={(_, d) => setFixValue(d.value)} data-testid="fix-value" />
                    )}
                    {f.fix && (
                      <Button size="small" appearance="primary" onClick={() => void check.applyFix(f, fixValue)} data-testid="apply-fix">
                        {curlyQuotes(f.fix.label[language])}
                      </Button>
                    )}
                    <Button size="small" onClick={() => void check.ignore({ rule: f.rule, text: f.location.text })}>{t('ignore')}</Button>
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
