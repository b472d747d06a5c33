import { Button, Checkbox, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { Fragment } from 'react';
import { valueAt, type FormDeclaration } from '../../core/templates/formDeclaration';
import { curlyQuotes } from '../../core/text/quotes';
import { SECTION_IDS } from '../../core/templates/renderPlan';
import type { DocumentHost } from '../../hosts/host';
import { NoticeBar } from '../components/Notice';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/vi';
import { DeclaredInput } from './form/DeclaredInput';
import { OwnTasks, TargetDecisions, TaskDecisions } from './form/TaskDecisions';
import { InsertConfirm } from './InsertConfirm';
import { ParentFieldset } from './ParentFieldset';
import { useDraft } from './useDraft';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  fieldset: { minWidth: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalM, margin: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  sections: { display: 'grid', gridTemplateColumns: '1fr', gap: 0 },
  preview: { maxHeight: '16rem', overflowY: 'auto', backgroundColor: tokens.colorNeutralBackground2, padding: tokens.spacingHorizontalS, fontFamily: '"Times New Roman", serif', fontSize: tokens.fontSizeBase200 },
  previewHeading: { fontWeight: tokens.fontWeightBold, textAlign: 'center' },
  previewSection: { fontWeight: tokens.fontWeightBold },
  leftOut: { fontFamily: tokens.fontFamilyBase, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, marginBottom: tokens.spacingVerticalS },
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  hidden: { display: 'none' },
  confirm: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, padding: tokens.spacingHorizontalS, backgroundColor: tokens.colorNeutralBackground2, borderRadius: tokens.borderRadiusMedium },
});

export interface DraftPanelProps {
  host: DocumentHost;
  /** Where the unit profile is remembered; `window.localStorage` in the pane. */
  storage?: Storage;
  onDocumentChanged?: () => void;
  /** The form's declared fields (templates/form.yaml by default). */
  declaration?: FormDeclaration;
}

/** The declared group after which the parent's targets and tasks, and the unit's own tasks, are decided. */
const DECISIONS_AFTER = 'document';

/** Soạn thảo: parent plan, unit profile, the form, a preview, insert at the cursor (the logic is `useDraft`). */
export default function DraftPanel(props: DraftPanelProps) {
  const { host, storage, onDocumentChanged } = props;
  const styles = useStyles();
  const { t, language } = useI18n();
  const draft = useDraft({ host, storage, onDocumentChanged, declaration: props.declaration });
  const { form, rows, missing, preview, proposal, declaration } = draft;
  const deadlineHint = draft.reporting.plan
    ? t('deadlineComputed', { deadline: draft.reporting.plan.deadline, reason: draft.reporting.plan.reason })
    : draft.reporting.problem
      ? curlyQuotes(draft.reporting.problem[language])
      : null;

  return (
    <div className={styles.root} data-testid="draft-panel">
      <ParentFieldset draft={draft} className={styles.fieldset} legendClassName={styles.legend} />

      <div key={draft.formKey} className={styles.root}>
        {declaration.groups.map((group) => (
          <Fragment key={group.id}>
            <fieldset className={styles.fieldset} data-testid={`group-${group.id}`}>
              <legend className={styles.legend}>{group.label[language]}</legend>
              {group.fields.map((f) => (
                <DeclaredInput
                  key={f.path}
                  field={{ ...f, required: draft.required(f) }}
                  at={f.path}
                  value={valueAt(form, f.path)}
                  onChange={(v) => draft.setAt(f.path, v)}
                  units={draft.unitChoices}
                  missing={draft.isMissing(f.path)}
                  hint={f.input === 'deadline' ? deadlineHint : undefined}
                  placeholder={f.input === 'deadline' ? draft.reporting.plan?.deadline : undefined}
                />
              ))}
            </fieldset>
            {group.id === DECISIONS_AFTER && (
              <>
                {rows.targets.length > 0 && (
                  <fieldset className={styles.fieldset} data-testid="targets">
                    <legend className={styles.legend}>{t('targets')}</legend>
                    <TargetDecisions draft={draft} />
                  </fieldset>
                )}
                <fieldset className={styles.fieldset} data-testid="tasks">
                  <legend className={styles.legend}>{t('tasks')}</legend>
                  <TaskDecisions draft={draft} />
                </fieldset>
                <fieldset className={styles.fieldset} data-testid="own-tasks">
                  <legend className={styles.legend}>{t('ownTasks')}</legend>
                  <OwnTasks draft={draft} />
                </fieldset>
              </>
            )}
          </Fragment>
        ))}
      </div>

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
          <MessageBarBody>{t('missingRequired', { fields: missing.map((m) => m.label[language]).join(', ') })}</MessageBarBody>
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
          {preview.leftOut.length > 0 && (
            <div className={styles.leftOut} data-testid="left-out">
              <p className={styles.previewSection}>{t('leftOut')}</p>
              {preview.leftOut.map((l) => (
                <p key={`${l.kind}:${l.code}`}>{l.into ? t('leftOutMerged', { code: l.code, into: l.into, reason: l.reason }) : t('leftOutItem', { code: l.kind === 'task' ? l.code : l.title, reason: l.reason })}</p>
              ))}
            </div>
          )}
          <div data-testid="preview-lines">
            {preview.lines.map((line, i) => (
              <p key={i} className={line.kind === 'doc-kind' || line.kind === 'subject' ? styles.previewHeading : line.kind === 'section' ? styles.previewSection : undefined}>
                {line.text}
              </p>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
