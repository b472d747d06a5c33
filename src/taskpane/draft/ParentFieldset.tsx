import { Button, Field, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useRef } from 'react';
import { LongSelect } from '../components/LongSelect';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/vi';
import type { useDraft } from './useDraft';

/** The fields `planToParent` can leave unread, each named in the pane's language. */
const UNRESOLVED = ['number', 'date', 'issuer', 'title', 'kind', 'period', 'targets', 'tasks', 'reporting', 'parent'];

const useStyles = makeStyles({
  hidden: { display: 'none' },
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  confirm: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, padding: tokens.spacingHorizontalS, backgroundColor: tokens.colorNeutralBackground2, borderRadius: tokens.borderRadiusMedium },
});

/** The parent plan: a catalog plan, or one imported from a file and confirmed first. */
export function ParentFieldset({ draft, className, legendClassName }: { draft: ReturnType<typeof useDraft>; className: string; legendClassName: string }) {
  const styles = useStyles();
  const { t } = useI18n();
  const fileInput = useRef<HTMLInputElement>(null);
  const { parent, catalog, pending } = draft;
  return (
    <fieldset className={className}>
      <legend className={legendClassName}>{t('parentPlan')}</legend>
      <Field label={t('chooseParent')}>
        <LongSelect
          value={parent.fromCatalog ? parent.plan.id : ''}
          options={[
            ...(parent.fromCatalog ? [] : [{ value: '', label: `${parent.plan.kind} ${parent.plan.number}` }]),
            ...catalog.map((p) => ({ value: p.id, label: `${p.kind} ${p.number}: ${p.issuer}` })),
          ]}
          onChange={draft.chooseCatalogParent}
        />
      </Field>
      <input
        ref={fileInput}
        className={styles.hidden}
        type="file"
        accept=".docx,.doc,.txt"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void draft.importFile(file);
        }}
        data-testid="import-parent"
      />
      <Button onClick={() => fileInput.current?.click()}>{t('importParent')}</Button>
      {pending && (
        <div className={styles.confirm} role="region" aria-label={t('importRead')}>
          <Text weight="semibold">{t('importRead')}</Text>
          <Text>{t('importedParent', { kind: pending.kind || '…', number: pending.number || '…', date: pending.date || '…', issuer: pending.issuer || '…' })}</Text>
          {pending.title && <Text size={200}>{pending.title}</Text>}
          <Text size={200}>{t('importCounts', { tasks: pending.tasks.length, targets: pending.targets.length })}</Text>
          {pending.unresolved?.length ? <Text size={200}>{t('importUnresolved', { fields: pending.unresolved.map((f) => (UNRESOLVED.includes(f) ? t(`unresolved_${f}` as MessageKey) : f)).join(', ') })}</Text> : null}
          <div className={styles.bar}>
            <Button appearance="primary" onClick={draft.confirmImport}>{t('importUse')}</Button>
            <Button onClick={draft.cancelImport}>{t('cancel')}</Button>
          </div>
        </div>
      )}
    </fieldset>
  );
}
