import { Button, Field, Input, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Unit } from '../../../core/catalog/unitRegistry';
import type { DeclaredField, Words } from '../../../core/templates/formDeclaration';
import { LongSelect } from '../../components/LongSelect';
import { useI18n } from '../../i18n';
import { DateField } from '../DateField';

const useStyles = makeStyles({
  // A grid item (inside Field) is as wide as its content unless told otherwise: long unit names would widen the pane.
  units: { minWidth: 0, maxWidth: '100%', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  tags: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  tag: { maxWidth: '100%', overflowWrap: 'anywhere', textAlign: 'start', height: 'auto', minHeight: '24px' },
});

export interface UnitChoices {
  /** Units that can lead a task at the form's level. */
  leads: Unit[];
  /** Every unit of the level. */
  all: Unit[];
}

export interface DeclaredInputProps {
  field: DeclaredField;
  /** Where the value is in the form (`unit.issuer`, `tasks.2.lead`): the input's test id and what "Còn thiếu" names. */
  at: string;
  value: unknown;
  onChange: (value: unknown) => void;
  units: UnitChoices;
  missing: boolean;
  /** A hint of the moment (the computed deadline and its reason) in place of the declared one. */
  hint?: string | null;
  /** Shown in an empty input: what the draft uses when nothing is typed. */
  placeholder?: string;
}

/** One declared field, drawn by its `input` kind; the declaration gives its label, hint and whether it is required. */
export function DeclaredInput({ field, at, value, onChange, units, missing, hint, placeholder }: DeclaredInputProps) {
  const { t, language } = useI18n();
  const words = (w: Words | null) => (w ? w[language] : undefined);
  const testId = `field-${at}`;
  if (field.input === 'date') {
    return <DateField label={words(field.label)!} required={field.required} value={typeof value === 'string' ? value : ''} missing={missing} onChange={onChange} testId={testId} />;
  }
  const fieldProps = {
    label: words(field.label),
    required: field.required,
    hint: hint ?? words(field.hint),
    validationState: missing ? ('error' as const) : ('none' as const),
    validationMessage: missing ? t('required') : undefined,
  };
  switch (field.input) {
    case 'textarea':
      return (
        <Field {...fieldProps}>
          <Textarea value={asText(value)} resize="vertical" rows={3} placeholder={placeholder} onChange={(_, d) => onChange(d.value)} data-testid={testId} />
        </Field>
      );
    case 'lines':
      return (
        <Field {...fieldProps}>
          <LinesInput value={value} onChange={onChange} testId={testId} />
        </Field>
      );
    case 'number':
      return (
        <Field {...fieldProps}>
          <Input type="number" value={value == null ? '' : String(value)} placeholder={placeholder} onChange={(_, d) => onChange(d.value.trim() === '' ? null : Number(d.value))} data-testid={testId} />
        </Field>
      );
    case 'lead':
    case 'unit':
      return (
        <Field {...fieldProps}>
          <LongSelect
            value={typeof value === 'string' ? value : ''}
            options={[{ value: '', label: '—' }, ...(field.input === 'lead' ? units.leads : units.all).map((u) => ({ value: u.id, label: u.name }))]}
            onChange={(id) => onChange(id || null)}
            testId={testId}
          />
        </Field>
      );
    case 'units':
      return (
        <Field {...fieldProps}>
          <UnitsInput value={Array.isArray(value) ? (value as string[]) : []} units={units.all} onChange={onChange} testId={testId} />
        </Field>
      );
    case 'text':
    case 'deadline':
    default:
      return (
        <Field {...fieldProps}>
          <Input value={asText(value)} placeholder={placeholder} onChange={(_, d) => onChange(d.value)} data-testid={testId} />
        </Field>
      );
  }
}

const asText = (value: unknown) => (value == null ? '' : Array.isArray(value) ? value.join('\n') : String(value));

/** One item a line; the text is kept as typed (a new empty line while typing), the form gets the non-empty lines. */
function LinesInput({ value, onChange, testId }: { value: unknown; onChange: (v: unknown) => void; testId: string }) {
  const [text, setText] = useState(() => asText(value));
  return (
    <Textarea
      value={text}
      resize="vertical"
      rows={2}
      onChange={(_, d) => {
        setText(d.value);
        const lines = d.value.split('\n').map((l) => l.trim()).filter(Boolean);
        onChange(lines.length ? lines : null);
      }}
      data-testid={testId}
    />
  );
}

/** The units chosen, each a button that removes it, and a list to add one: fits 320 px however long the names. */
function UnitsInput({ value, units, onChange, testId }: { value: string[]; units: Unit[]; onChange: (v: unknown) => void; testId: string }) {
  const styles = useStyles();
  const { t } = useI18n();
  const name = (id: string) => units.find((u) => u.id === id)?.name ?? id;
  return (
    <div className={styles.units} data-testid={testId}>
      <div className={styles.tags}>
        {value.map((id) => (
          <Button key={id} size="small" className={styles.tag} aria-label={t('removeUnit', { name: name(id) })} onClick={() => onChange(value.filter((v) => v !== id))}>
            {`${name(id)} ×`}
          </Button>
        ))}
      </div>
      <LongSelect
        value=""
        options={[{ value: '', label: t('addUnit') }, ...units.filter((u) => !value.includes(u.id)).map((u) => ({ value: u.id, label: u.name }))]}
        onChange={(id) => id && onChange([...value, id])}
        testId={`${testId}-add`}
        ariaLabel={t('addUnit')}
      />
    </div>
  );
}
