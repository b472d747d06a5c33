import { Button, Field, Input, makeStyles, Radio, RadioGroup, Text, tokens } from '@fluentui/react-components';
import type { TaskChoice } from '../../../core/templates/draftChoices';
import { valueAt } from '../../../core/templates/formDeclaration';
import { LongSelect } from '../../components/LongSelect';
import { useI18n } from '../../i18n';
import type { useDraft } from '../useDraft';
import { DeclaredInput } from './DeclaredInput';

const useStyles = makeStyles({
  task: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    overflowWrap: 'anywhere',
    // The fieldset's own border closes the last task.
    ':last-child': { borderBottom: 'none', paddingBottom: 0 },
  },
  points: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  leftOut: { color: tokens.colorNeutralForeground3, textDecorationLine: 'line-through' },
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  point: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, border: 'none', margin: 0, padding: `0 0 0 ${tokens.spacingHorizontalM}`, minWidth: 0 },
});

type Draft = ReturnType<typeof useDraft>;

/** Each first-level task of the parent: applies (with its fields, worded for the unit), does not apply (with why), or joins another. */
export function TaskDecisions({ draft }: { draft: Draft }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { rows, form, declaration } = draft;
  return (
    <>
      {rows.tasks.map((row) => {
        const d = form.tasks[row.code];
        const at = (path: string) => `tasks.${row.code}.${path}`;
        return (
          <div key={row.code} className={styles.task} data-task={row.code} data-testid={`task-${row.code}`}>
            <Text size={200} weight="semibold">{`${row.code}. ${shortTitle(row.parentTitle)}`}</Text>
            <RadioGroup value={row.choice} aria-label={t('taskChoice', { code: row.code })} onChange={(_, v) => draft.decideTask(row, v.value as TaskChoice)}>
              <Radio value="applies" label={t('choiceApplies')} />
              <Radio value="not-applicable" label={t('choiceNotApplicable')} />
              <Radio value="merged" label={t('choiceMerged')} disabled={rows.tasks.every((o) => o.code === row.code || o.choice !== 'applies')} />
            </RadioGroup>
            {row.choice === 'applies' &&
              declaration.task.map((f) => (
                <DeclaredInput
                  key={f.path}
                  field={{ ...f, required: f.required && !(f.path === 'timing' && row.parentTiming) }}
                  at={at(f.path)}
                  // The wording shown is what the plan gets: the unit's own, or the level's default.
                  value={f.path === 'title' ? (d?.title ?? row.defaultTitle) : valueAt(d, f.path)}
                  onChange={(v) => draft.setTaskField(row, f.path, f.path === 'title' && typeof v === 'string' && v.trim() === row.defaultTitle.trim() ? null : v)}
                  units={draft.unitChoices}
                  missing={draft.isMissing(at(f.path))}
                  placeholder={f.path === 'timing' ? (row.parentTiming ?? undefined) : undefined}
                />
              ))}
            {row.choice === 'applies' && row.points.length > 0 && (
              <ul className={styles.points} aria-label={t('parentPoints', { code: row.code })}>
                {row.points.map((p) => (
                  <li key={p.code} className={p.applies ? undefined : styles.leftOut} title={p.reason ?? undefined}>
                    {p.applies ? shortTitle(p.title) : t('pointLeftOut', { code: p.code, reason: p.reason ?? '' })}
                  </li>
                ))}
              </ul>
            )}
            {row.choice === 'not-applicable' && (
              <Field
                label={t('reason')}
                required={!row.levelReason}
                hint={row.levelReason ? t('levelReason') : undefined}
                validationState={draft.isMissing(at('reason')) ? 'error' : 'none'}
                validationMessage={draft.isMissing(at('reason')) ? t('required') : undefined}
              >
                <Input value={d?.reason ?? ''} placeholder={row.levelReason ?? undefined} onChange={(_, v) => draft.setTaskReason(row, v.value)} data-testid={`field-${at('reason')}`} />
              </Field>
            )}
            {row.choice === 'merged' && (
              <>
                <Field label={t('mergedInto')} required validationState={draft.isMissing(at('mergedInto')) ? 'error' : 'none'}>
                  <LongSelect
                    value={d?.mergedInto ?? ''}
                    options={[{ value: '', label: '—' }, ...rows.tasks.filter((o) => o.code !== row.code && o.choice === 'applies').map((o) => ({ value: o.code, label: `${o.code}. ${shortTitle(o.parentTitle)}` }))]}
                    onChange={(code) => draft.setTaskField(row, 'mergedInto', code || null)}
                    testId={`field-${at('mergedInto')}`}
                  />
                </Field>
                <Field label={t('reason')}>
                  <Input value={d?.reason ?? ''} placeholder={d?.mergedInto ? t('mergedReason', { code: d.mergedInto }) : undefined} onChange={(_, v) => draft.setTaskField(row, 'reason', v.value)} data-testid={`field-${at('reason')}`} />
                </Field>
              </>
            )}
          </div>
        );
      })}
    </>
  );
}

/** The unit's own tasks after the parent's, each with its sub-tasks a), b), c). */
export function OwnTasks({ draft }: { draft: Draft }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { form, declaration } = draft;
  const own = form.ownTasks ?? [];
  return (
    <>
      {own.map((task, i) => (
        <div key={i} className={styles.task} data-testid={`own-task-${i}`}>
          <Text size={200} weight="semibold">{t('ownTaskN', { n: i + 1 })}</Text>
          {declaration.ownTask.map((f) => (
            <DeclaredInput key={f.path} field={f} at={`ownTasks.${i}.${f.path}`} value={valueAt(task, f.path)} onChange={(v) => draft.setAt(`ownTasks.${i}.${f.path}`, v)} units={draft.unitChoices} missing={draft.isMissing(`ownTasks.${i}.${f.path}`)} />
          ))}
          {(task.points ?? []).map((p, j) => (
            <fieldset key={j} className={styles.point} data-testid={`own-task-${i}-point-${j}`}>
              <Text size={200} weight="semibold">{t('pointN', { marker: draft.pointMarker(j) })}</Text>
              {declaration.point.map((f) => (
                <DeclaredInput
                  key={f.path}
                  field={f}
                  at={`ownTasks.${i}.points.${j}.${f.path}`}
                  value={valueAt(typeof p === 'string' ? { title: p } : p, f.path)}
                  onChange={(v) => draft.setAt(`ownTasks.${i}.points.${j}.${f.path}`, v)}
                  units={draft.unitChoices}
                  missing={draft.isMissing(`ownTasks.${i}.points.${j}.${f.path}`)}
                />
              ))}
              <div className={styles.bar}>
                <Button size="small" onClick={() => draft.removePoint(i, j)}>{t('removePoint', { marker: draft.pointMarker(j) })}</Button>
              </div>
            </fieldset>
          ))}
          <div className={styles.bar}>
            <Button size="small" onClick={() => draft.addPoint(i)} data-testid={`add-point-${i}`}>{t('addPoint')}</Button>
            <Button size="small" onClick={() => draft.removeOwnTask(i)}>{t('removeOwnTask', { n: i + 1 })}</Button>
          </div>
        </div>
      ))}
      <div className={styles.bar}>
        <Button onClick={draft.addOwnTask} data-testid="add-own-task">{t('addOwnTask')}</Button>
      </div>
    </>
  );
}

/** Each indicator the parent sets in the plan's period: the unit's own value, year and base, or not applicable with why. */
export function TargetDecisions({ draft }: { draft: Draft }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { rows, form, declaration } = draft;
  return (
    <>
      {rows.targets.map((row) => {
        const raw = form.targets?.[row.id];
        const d = typeof raw === 'number' ? { value: raw } : (raw ?? undefined);
        const at = (path: string) => `targets.${row.id}.${path}`;
        return (
          <div key={row.id} className={styles.task} data-testid={`target-${row.id}`}>
            <Text size={200} weight="semibold">{row.indicator}</Text>
            <Text size={200}>{t('parentTarget', { value: `${row.parentValue}${row.unit}`, year: row.parentYear })}</Text>
            <RadioGroup value={row.applies ? 'applies' : 'not-applicable'} aria-label={t('targetChoice', { name: row.indicator })} onChange={(_, v) => draft.decideTarget(row, v.value === 'applies')}>
              <Radio value="applies" label={t('choiceApplies')} />
              <Radio value="not-applicable" label={t('choiceNotApplicable')} />
            </RadioGroup>
            {row.applies &&
              declaration.target.map((f) => (
                <DeclaredInput
                  key={f.path}
                  field={f}
                  at={at(f.path)}
                  value={valueAt(d, f.path)}
                  onChange={(v) => draft.setTargetField(row, f.path, v)}
                  units={draft.unitChoices}
                  missing={draft.isMissing(at(f.path))}
                  placeholder={f.path === 'value' ? String(row.parentValue) : f.path === 'year' ? String(row.parentYear) : undefined}
                />
              ))}
            {!row.applies && (
              <Field label={t('reason')} required={!row.levelReason} hint={row.levelReason ? t('levelReason') : undefined} validationState={draft.isMissing(at('reason')) ? 'error' : 'none'}>
                <Input value={d?.reason ?? ''} placeholder={row.levelReason ?? undefined} onChange={(_, v) => draft.setTargetReason(row, v.value)} data-testid={`field-${at('reason')}`} />
              </Field>
            )}
          </div>
        );
      })}
    </>
  );
}

/** A task's name in a line or two: its first sentence, at most 90 characters. */
function shortTitle(title: string): string {
  const first = /^(.+?[.:;])\s/.exec(title)?.[1] ?? title;
  return first.length > 90 ? `${first.slice(0, 89)}…` : first;
}

