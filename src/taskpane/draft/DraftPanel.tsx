import { Button, Checkbox, Field, Input, makeStyles, MessageBar, MessageBarBody, Text, Textarea, tokens } from '@fluentui/react-components';
import type { ParentPlan } from '../../core/plan/parentPlan';
import { SECTION_IDS } from '../../core/templates/renderPlan';
import type { DocumentHost } from '../../hosts/host';
import { LongSelect } from '../components/LongSelect';
import { NoticeBar } from '../components/Notice';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/vi';
import { DateField } from './DateField';
import { InsertConfirm } from './InsertConfirm';
import { ParentFieldset } from './ParentFieldset';
import { useDraft } from './useDraft';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  fieldset: { minWidth: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalM, margin: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  task: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    // The fieldset's own border closes the last task.
    ':last-child': { borderBottom: 'none', paddingBottom: 0 },
  },
  sections: { display: 'grid', gridTemplateColumns: '1fr', gap: 0 },
  preview: { maxHeight: '16rem', overflowY: 'auto', backgroundColor: tokens.colorNeutralBackground2, padding: tokens.spacingHorizontalS, fontFamily: '"Times New Roman", serif', fontSize: tokens.fontSizeBase200 },
  previewHeading: { fontWeight: tokens.fontWeightBold, textAlign: 'center' },
  previewSection: { fontWeight: tokens.fontWeightBold },
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  hidden: { display: 'none' },
  confirm: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, padding: tokens.spacingHorizontalS, backgroundColor: tokens.colorNeutralBackground2, borderRadius: tokens.borderRadiusMedium },
});

export interface DraftPanelProps {
  host: DocumentHost;
  /** Where the unit profile is remembered; `window.localStorage` in the pane. */
  storage?: Storage;
  onDocumentChanged?: () => void;
}

/** Soạn thảo: parent plan, unit profile, the form, a preview, insert at the cursor (the logic is `useDraft`). */
export default function DraftPanel({ host, storage, onDocumentChanged }: DraftPanelProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const draft = useDraft({ host, storage, onDocumentChanged });
  const { form, update, parent, leads, missing, preview, proposal } = draft;
  const invalid = (key: string) => draft.showMissing && missing.includes(key);
  const fieldProps = (key: string) => ({ required: true, validationState: invalid(key) ? ('error' as const) : ('none' as const), validationMessage: invalid(key) ? t('required') : undefined });

  return (
    <div className={styles.root} data-testid="draft-panel">
      <ParentFieldset draft={draft} className={styles.fieldset} legendClassName={styles.legend} />

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('profile')}</legend>
        <Field label={t('issuer')} {...fieldProps('issuer')}>
          <Input value={form.unit.issuer} onChange={(_, d) => update((f) => void (f.unit.issuer = d.value))} />
        </Field>
        <Field label={t('unitName')} {...fieldProps('unitName')}>
          <Input value={form.unit.name} onChange={(_, d) => update((f) => void (f.unit.name = d.value))} />
        </Field>
        <Field label={t('place')} {...fieldProps('place')}>
          <Input value={form.unit.place} onChange={(_, d) => update((f) => void (f.unit.place = d.value))} />
        </Field>
        <Field label={t('area')} {...fieldProps('area')}>
          <Input value={form.unit.area} onChange={(_, d) => update((f) => void (f.unit.area = d.value))} />
        </Field>
        <Field label={t('symbol')} {...fieldProps('symbol')}>
          <Input value={form.unit.symbol} onChange={(_, d) => update((f) => void (f.unit.symbol = d.value))} />
        </Field>
        <Field label={t('signerAuthority')}>
          <Input value={form.signer.authority.join(' / ')} onChange={(_, d) => update((f) => void (f.signer.authority = d.value.split('/').map((s) => s.trim()).filter(Boolean)))} />
        </Field>
        <Field label={t('signerTitle')} {...fieldProps('signerTitle')}>
          <Input value={form.signer.title} onChange={(_, d) => update((f) => void (f.signer.title = d.value))} />
        </Field>
        <Field label={t('signerName')} {...fieldProps('signerName')}>
          <Input value={form.signer.name} onChange={(_, d) => update((f) => void (f.signer.name = d.value))} />
        </Field>
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('form')}</legend>
        <Field label={t('number')}>
          <Input value={form.number == null ? '' : String(form.number)} onChange={(_, d) => update((f) => void (f.number = d.value.trim() || null))} />
        </Field>
        <DateField value={form.date} missing={invalid('date')} onChange={(date) => update((f) => void (f.date = date))} />
        <Field label={t('title')} {...fieldProps('title')}>
          <Textarea value={form.title} resize="vertical" rows={3} onChange={(_, d) => update((f) => void (f.title = d.value))} />
        </Field>
      </fieldset>

      {parentTargets(parent.plan).length > 0 && (
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>{t('targets')}</legend>
          {parentTargets(parent.plan).map((target) => (
            <Field key={target.id} label={target.indicator} hint={t('parentTarget', { value: `${target.value}${target.unit}`, year: target.year })}>
              <Input
                type="number"
                value={form.targets?.[target.id] == null ? '' : String(form.targets[target.id])}
                contentAfter={<Text size={200}>{target.unit}</Text>}
                onChange={(_, d) =>
                  update((f) => {
                    const targets = { ...(f.targets ?? {}) };
                    if (d.value === '') delete targets[target.id];
                    else targets[target.id] = Number(d.value);
                    f.targets = targets;
                  })
                }
              />
            </Field>
          ))}
        </fieldset>
      )}

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('tasks')}</legend>
        {parent.plan.tasks.map((task) => {
          const assignment = form.tasks[task.code] ?? { lead: '', timing: '' };
          return (
            <div key={task.code} className={styles.task} data-task={task.code}>
              <Text size={200} weight="semibold">{`${task.code}. ${task.title}`}</Text>
              <Field label={t('lead')} {...fieldProps(`lead:${task.code}`)}>
                <LongSelect
                  value={assignment.lead ?? ''}
                  options={[{ value: '', label: '—' }, ...leads.map((u) => ({ value: u.id, label: u.name }))]}
                  onChange={(lead) => update((f) => void (f.tasks[task.code] = { ...assignment, lead }))}
                />
              </Field>
              <Field label={t('timing')} {...fieldProps(`timing:${task.code}`)}>
                <Input value={assignment.timing ?? ''} onChange={(_, d) => update((f) => void (f.tasks[task.code] = { ...assignment, timing: d.value }))} />
              </Field>
            </div>
          );
        })}
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('sections')}</legend>
        <div className={styles.sections}>
          {SECTION_IDS.map((s) => (
            <Checkbox key={s} label={t(`section_${s}` as MessageKey)} checked={draft.sections.has(s)} onChange={(_, d) => draft.setSection(s, d.checked === true)} />
          ))}
        </div>
      </fieldset>

      {draft.showMissing && missing.length > 0 && (
        <MessageBar intent="error" layout="multiline" data-testid="missing-fields">
          <MessageBarBody>{t('missingRequired', { fields: missingLabels(missing, t) })}</MessageBarBody>
        </MessageBar>
      )}
      <NoticeBar notice={draft.notice} />
      <div className={styles.bar}>
        <Button onClick={draft.showPreview}>{t('preview')}</Button>
        <Button appearance="primary" onClick={() => void draft.propose()} disabled={draft.busy || draft.sections.size === 0} data-testid="insert-draft">
          {t('insert')}
        </Button>
      </div>
      {proposal && <InsertConfirm key={proposal.blocks.length + ':' + proposal.cursor} proposal={proposal} busy={draft.busy} onInsert={(c) => void draft.insert(c)} onCancel={draft.cancelInsert} />}
      {preview && (
        <div className={styles.preview} aria-label={t('preview')} role="region">
          {preview.map((line, i) => (
            <p key={i} className={line.kind === 'doc-kind' || line.kind === 'subject' ? styles.previewHeading : line.kind === 'section' ? styles.previewSection : undefined}>
              {line.text}
            </p>
          ))}
        </div>
      )}
    </div>
  );
}

/** One input per indicator of the parent, showing the parent's latest value to match or beat. */
function parentTargets(plan: ParentPlan): ParentPlan['targets'] {
  const latest = new Map<string, ParentPlan['targets'][number]>();
  for (const target of plan.targets) if ((latest.get(target.id)?.year ?? -Infinity) < target.year) latest.set(target.id, target);
  return [...latest.values()];
}


function missingLabels(missing: string[], t: ReturnType<typeof useI18n>['t']): string {
  return missing.map((m) => (m.includes(':') ? `${t(m.split(':')[0] as MessageKey)} (${m.split(':')[1]})` : t(m as MessageKey))).join(', ');
}
