import { Button, Checkbox, makeStyles, Radio, RadioGroup, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useI18n } from '../i18n';
import type { InsertChoice, InsertProposal } from './useDraft';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalS, border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`, borderRadius: tokens.borderRadiusMedium, overflowWrap: 'anywhere' },
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const quote = (text: string | null) => `“${Array.from(text ?? '').slice(0, 60).join('')}${Array.from(text ?? '').length > 60 ? '…' : ''}”`;

/** Before inserting: where the sections go when the cursor is not where their numbers fit, and whether to link the parent. */
export function InsertConfirm({ proposal, busy, onInsert, onCancel }: { proposal: InsertProposal; busy: boolean; onInsert: (choice: InsertChoice) => void; onCancel: () => void }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { place, link, currentLink } = proposal;
  const askPlace = !place.cursorFits && place.after !== null;
  const [where, setWhere] = useState<'fit' | 'cursor'>(place.duplicates.length === 0 ? 'fit' : 'cursor');
  // Linking is offered, never done unasked: ticked when the document has no link, not when it would replace one.
  const [linkIt, setLinkIt] = useState(!proposal.sameLink && currentLink === null);
  const numerals = place.numerals.join(', ');
  const cursorLabel = proposal.cursor === null ? t('placeCursor') : proposal.cursor >= proposal.paragraphCount ? t('placeEnd') : t('placeAfter', { n: proposal.cursor, text: quote(proposal.cursorText) });
  return (
    <div className={styles.root} role="region" aria-label={t('confirmInsert')} data-testid="insert-confirm">
      <Text weight="semibold">{t('confirmInsert')}</Text>
      {place.duplicates.length > 0 && <Text>{t('sectionTwice', { numerals })}</Text>}
      {askPlace && (
        <>
          {place.duplicates.length === 0 && <Text>{t('sectionFits', { numerals, n: place.after!, text: quote(proposal.fitText) })}</Text>}
          <RadioGroup value={where} onChange={(_, d) => setWhere(d.value as 'fit' | 'cursor')} aria-label={t('whereInsert')}>
            {place.duplicates.length === 0 && <Radio value="fit" label={t('placeFit', { n: place.after! })} />}
            <Radio value="cursor" label={cursorLabel} />
          </RadioGroup>
        </>
      )}
      {!proposal.sameLink && (
        <Checkbox
          checked={linkIt}
          onChange={(_, d) => setLinkIt(d.checked === true)}
          label={currentLink ? t('replaceLink', { current: `${currentLink.kind} ${currentLink.number}`, next: `${link.kind} ${link.number}` }) : t('linkParent', { next: `${link.kind} ${link.number}` })}
        />
      )}
      <div className={styles.bar}>
        <Button appearance="primary" disabled={busy} onClick={() => onInsert({ after: askPlace && where === 'fit' ? place.after! : undefined, link: linkIt })} data-testid="confirm-insert">
          {t('insertHere')}
        </Button>
        <Button onClick={onCancel}>{t('cancel')}</Button>
      </div>
    </div>
  );
}
