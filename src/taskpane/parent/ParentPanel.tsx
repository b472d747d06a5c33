import { Button, Field, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ParentLink } from '../../core/snapshot';
import { useCatalog } from '../catalog/chooseCatalog';
import { parentLinkOf } from '../../core/catalog/store';
import type { DocumentHost } from '../../hosts/host';
import { errorText } from '../components/errorText';
import { LongSelect } from '../components/LongSelect';
import { useI18n } from '../i18n';
import { citationText } from '../../core/templates/citation';
import { documentParent } from './documentParent';
import { dateShort } from '../../core/text/dates';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, padding: tokens.spacingHorizontalM, backgroundColor: tokens.colorNeutralBackground2, borderRadius: tokens.borderRadiusMedium },
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** Kế hoạch cấp trên: the linked parent, re-link it, bring the tagged citations up to date. */
export default function ParentPanel({ host, onDocumentChanged }: { host: DocumentHost; onDocumentChanged?: () => void }) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const catalog = useCatalog().plans;
  const [link, setLink] = useState<ParentLink | null | undefined>(undefined);
  const [choice, setChoice] = useState<string>(() => catalog[0]?.id ?? '');
  const [message, setMessage] = useState<{ intent: 'success' | 'error' | 'info'; text: string } | null>(null);

  useEffect(() => {
    let live = true;
    host.readParentLink().then(
      async (l) => {
        // The linked plan, else the one the document cites, else the first of the catalog.
        const known = l?.id ? null : await documentParent(host, catalog);
        if (!live) return;
        setLink(l);
        setChoice(l?.id ?? known?.id ?? catalog[0]?.id ?? '');
      },
      // A link that cannot be read (damaged) is replaced by linking again: the controls must show.
      (e) => live && (setLink(null), setMessage({ intent: 'error', text: errorText(e, language) })),
    );
    return () => void (live = false);
  }, [host, catalog, language]);

  const relink = async () => {
    const plan = catalog.find((p) => p.id === choice);
    if (!plan) return;
    try {
      const next = parentLinkOf(plan, true);
      await host.writeParentLink(next);
      setLink(next);
      setMessage({ intent: 'success', text: t('linked', { number: next.number }) });
      onDocumentChanged?.();
    } catch (e) {
      setMessage({ intent: 'error', text: t('failed', { message: errorText(e, language) }) });
    }
  };

  const updateCitations = async () => {
    if (!link) return;
    try {
      const n = await host.replaceFieldText('kh:parent-citation', citationText(link));
      setMessage(n > 0 ? { intent: 'success', text: t('updatedCitations', { n }) } : { intent: 'info', text: t('noCitationFields') });
      if (n > 0) onDocumentChanged?.();
    } catch (e) {
      setMessage({ intent: 'error', text: t('failed', { message: errorText(e, language) }) });
    }
  };

  return (
    <div className={styles.root}>
      {link === undefined && <Text>{t('loading')}</Text>}
      {link === null && <Text>{t('noParentLink')}</Text>}
      {link && (
        <div className={styles.card} aria-label={t('linkedParent')} role="region">
          <Text weight="semibold">{t('linkedParent')}</Text>
          <Text>{`${link.kind} ${link.number}${link.date && /^\d{4}-\d{2}-\d{2}$/.test(link.date) ? ` ngày ${dateShort(link.date)}` : ''}`}</Text>
          <Text>{link.issuer}</Text>
          {link.title && <Text size={200}>{link.title}</Text>}
        </div>
      )}
      {/* Nothing to act on until the link is read: no disabled buttons flashing on every visit. */}
      {link !== undefined && (
        <>
          <Field label={t('chooseParent')}>
            <LongSelect value={choice} options={catalog.map((p) => ({ value: p.id, label: `${p.kind} ${p.number}: ${p.issuer}` }))} onChange={setChoice} />
          </Field>
          <div className={styles.bar}>
            <Button appearance="primary" onClick={relink}>{link ? t('relink') : t('link')}</Button>
            <Button onClick={updateCitations} disabled={!link}>{t('updateCitations')}</Button>
          </div>
        </>
      )}
      {message && (
        <MessageBar intent={message.intent}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
