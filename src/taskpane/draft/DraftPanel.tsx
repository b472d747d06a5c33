import { Button, Checkbox, Field, Input, makeStyles, MessageBar, MessageBarBody, Text, Textarea, tokens } from '@fluentui/react-components';
import { useMemo, useRef, useState, type ChangeEvent } from 'react';
import { readDocx } from '../../core/ooxml/readDocx';
import type { ParentPlan } from '../../core/plan/parentPlan';
import { parentFromDocument } from '../../core/plan/toParentPlan';
import type { DraftForm } from '../../core/templates/draftForm';
import { catalogPlans, unitRegistries } from '../../core/catalog/builtIn';
import { draftFromForm, type DraftResult } from '../../core/templates/draftPlan';
import { SECTION_IDS, type SectionId } from '../../core/templates/renderPlan';
import { dateLong } from '../../core/text/dates';
import { readPlainText } from '../../core/text/readPlainText';
import type { DocumentHost } from '../../hosts/host';
import { errorText } from '../components/errorText';
import { LongSelect } from '../components/LongSelect';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/vi';
import { previewLines } from './previewText';
import { loadProfile, missingFields, saveProfile, startingForm } from './startingForm';

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

interface ParentChoice {
  plan: ParentPlan;
  fromCatalog: boolean;
}

/** Soạn thảo: parent plan, unit profile, the form, a preview, insert at the cursor. */
export default function DraftPanel({ host, storage, onDocumentChanged }: DraftPanelProps) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const catalog = useMemo(() => catalogPlans(), []);
  const registries = useMemo(() => unitRegistries(), []);
  const [parent, setParent] = useState<ParentChoice>(() => ({ plan: catalog.find((p) => p.parent) ?? catalog[0], fromCatalog: true }));
  const [form, setForm] = useState<DraftForm>(() => withProfile(startingForm(parent.plan, true), loadProfile(storage)));
  const [sections, setSections] = useState<Set<SectionId>>(new Set(SECTION_IDS));
  const [message, setMessage] = useState<{ intent: 'success' | 'error' | 'info' | 'warning'; text: string } | null>(null);
  const [showMissing, setShowMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const registry = registries.find((r) => r.level === form.units) ?? registries[0];
  const leads = registry.units.filter((u) => u.canLead);
  const missing = missingFields(form);
  const invalid = (key: string) => showMissing && missing.includes(key);
  const fieldProps = (key: string) => ({ required: true, validationState: invalid(key) ? ('error' as const) : ('none' as const), validationMessage: invalid(key) ? t('required') : undefined });

  const update = (change: (f: DraftForm) => void) =>
    setForm((f) => {
      const next = structuredClone(f);
      change(next);
      saveProfile(storage, { units: next.units, unit: next.unit, signer: next.signer });
      return next;
    });

  const chooseParent = (choice: ParentChoice) => {
    setParent(choice);
    setForm(withProfile(startingForm(choice.plan, choice.fromCatalog), loadProfile(storage)));
    setMessage(null);
  };

  /** A parent read from a file, shown for confirmation before it replaces the current one. */
  const [pending, setPending] = useState<ParentPlan | null>(null);
  const importParent = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const snapshot = /\.docx$/i.test(file.name) ? readDocx(bytes, file.name) : readPlainText(bytes, file.name);
      setPending(parentFromDocument(snapshot, file.name));
      setMessage(null);
    } catch (err) {
      setMessage({ intent: 'error', text: errorText(err, language) });
    }
  };
  const confirmImport = () => {
    if (!pending) return;
    chooseParent({ plan: pending, fromCatalog: false });
    setPending(null);
  };

  const draft = (): DraftResult | null => {
    try {
      return draftFromForm(form, { sections: SECTION_IDS.filter((s) => sections.has(s)), parent: parent.fromCatalog ? undefined : parent.plan });
    } catch (err) {
      setMessage({ intent: 'error', text: errorText(err, language) });
      return null;
    }
  };

  const [preview, setPreview] = useState<ReturnType<typeof previewLines> | null>(null);
  const showPreview = () => {
    setShowMissing(true);
    const result = missing.length === 0 ? draft() : null;
    if (missing.length > 0) setMessage({ intent: 'error', text: t('missingRequired', { fields: missingLabels(missing, t) }) });
    setPreview(result ? previewLines(result.blocks) : null);
  };

  const insert = async () => {
    setShowMissing(true);
    if (missing.length > 0) {
      setMessage({ intent: 'error', text: t('missingRequired', { fields: missingLabels(missing, t) }) });
      return;
    }
    const result = draft();
    if (!result) return;
    setBusy(true);
    try {
      const before = (await host.readSnapshot()).paragraphs.length;
      await host.insertBlocks(result.blocks);
      await host.writeParentLink(result.parentLink);
      const after = host.kind === 'docx' ? (await host.readSnapshot()).paragraphs.length - before : previewLines(result.blocks).length;
      setMessage({ intent: 'success', text: t('inserted', { n: after }) });
      onDocumentChanged?.();
    } catch (err) {
      setMessage({ intent: 'error', text: t('failed', { message: errorText(err, language) }) });
    } finally {
      setBusy(false);
    }
  };

  const iso = /^\d{4}-\d{2}-\d{2}$/.test(form.date) ? form.date : '';
  return (
    <div className={styles.root} data-testid="draft-panel">
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('parentPlan')}</legend>
        <Field label={t('chooseParent')} required>
          <LongSelect
            value={parent.fromCatalog ? parent.plan.id : ''}
            options={[
              ...(parent.fromCatalog ? [] : [{ value: '', label: `${parent.plan.kind} ${parent.plan.number}` }]),
              ...catalog.map((p) => ({ value: p.id, label: `${p.kind} ${p.number}: ${p.issuer}` })),
            ]}
            onChange={(value) => {
              const plan = catalog.find((p) => p.id === value);
              if (plan) chooseParent({ plan, fromCatalog: true });
            }}
          />
        </Field>
        <input ref={fileInput} className={styles.hidden} type="file" accept=".docx,.txt" onChange={importParent} data-testid="import-parent" />
        <Button onClick={() => fileInput.current?.click()}>{t('importParent')}</Button>
        {pending && (
          <div className={styles.confirm} role="region" aria-label={t('importRead')}>
            <Text weight="semibold">{t('importRead')}</Text>
            <Text>{t('importedParent', { kind: pending.kind || '…', number: pending.number || '…', date: pending.date || '…', issuer: pending.issuer || '…' })}</Text>
            {pending.title && <Text size={200}>{pending.title}</Text>}
            <Text size={200}>{t('importCounts', { tasks: pending.tasks.length, targets: pending.targets.length })}</Text>
            {pending.unresolved?.length ? <Text size={200}>{t('importUnresolved', { fields: pending.unresolved.join(', ') })}</Text> : null}
            <div className={styles.bar}>
              <Button appearance="primary" onClick={confirmImport}>{t('importUse')}</Button>
              <Button onClick={() => setPending(null)}>{t('cancel')}</Button>
            </div>
          </div>
        )}
      </fieldset>

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
        <Field label={t('date')} {...fieldProps('date')} hint={parseableDate(form.date) ? t('dateHint', { text: dateLong(form.date) }) : undefined}>
          <Input type="date" value={iso} onChange={(_, d) => update((f) => void (f.date = d.value))} />
        </Field>
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
                  value={assignment.lead}
                  options={[{ value: '', label: '—' }, ...leads.map((u) => ({ value: u.id, label: u.name }))]}
                  onChange={(lead) => update((f) => void (f.tasks[task.code] = { ...assignment, lead }))}
                />
              </Field>
              <Field label={t('timing')} {...fieldProps(`timing:${task.code}`)}>
                <Input value={assignment.timing} onChange={(_, d) => update((f) => void (f.tasks[task.code] = { ...assignment, timing: d.value }))} />
              </Field>
            </div>
          );
        })}
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('sections')}</legend>
        <div className={styles.sections}>
          {SECTION_IDS.map((s) => (
            <Checkbox
              key={s}
              label={t(`section_${s}` as MessageKey)}
              checked={sections.has(s)}
              onChange={(_, d) =>
                setSections((old) => {
                  const next = new Set(old);
                  if (d.checked) next.add(s);
                  else next.delete(s);
                  return next;
                })
              }
            />
          ))}
        </div>
      </fieldset>

      {message && (
        <MessageBar intent={message.intent}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.bar}>
        <Button onClick={showPreview}>{t('preview')}</Button>
        <Button appearance="primary" onClick={insert} disabled={busy || sections.size === 0}>
          {t('insert')}
        </Button>
      </div>
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

function withProfile(form: DraftForm, profile: ReturnType<typeof loadProfile>): DraftForm {
  if (!profile || profile.units !== form.units) return form;
  return { ...form, unit: { ...form.unit, ...profile.unit }, signer: { ...form.signer, ...profile.signer } };
}

function parseableDate(text: string): boolean {
  return /^\d{4}-\d{2}(-\d{2})?$/.test(text);
}

function missingLabels(missing: string[], t: ReturnType<typeof useI18n>['t']): string {
  return missing.map((m) => (m.includes(':') ? `${t(m.split(':')[0] as MessageKey)} (${m.split(':')[1]})` : t(m as MessageKey))).join(', ');
}
