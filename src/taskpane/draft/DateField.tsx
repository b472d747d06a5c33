import { Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import { dateLong } from '../../core/text/dates';
import { useI18n } from '../i18n';

/** `05/06/2026` → `2026-06-05`; `6/2026` → `2026-06` (the day left blank for the văn thư); else null. */
export function parseVnDate(text: string): string | null {
  const t = text.trim();
  const full = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  const pad = (n: string) => n.padStart(2, '0');
  if (full) {
    const [day, month, year] = [Number(full[1]), Number(full[2]), Number(full[3])];
    const d = new Date(Date.UTC(year, month - 1, day));
    return d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? `${full[3]}-${pad(full[2])}-${pad(full[1])}` : null;
  }
  const monthOnly = /^(\d{1,2})\/(\d{4})$/.exec(t);
  if (monthOnly && Number(monthOnly[1]) >= 1 && Number(monthOnly[1]) <= 12) return `${monthOnly[2]}-${pad(monthOnly[1])}`;
  return null;
}

/** `2026-06-05` → `05/06/2026`, `2026-06` → `06/2026`: the form's ISO date as a secretary writes it. */
export function formatVnDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  return m[3] ? `${m[3]}/${m[2]}/${m[1]}` : `${m[2]}/${m[1]}`;
}

/**
 * The issue date typed the Vietnamese way (dd/mm/yyyy, or mm/yyyy for a draft whose day the văn thư
 * writes by hand), not the browser's date picker, whose format follows the browser's locale.
 */
export function DateField({ value, onChange, missing, label, required = true, testId }: { value: string; onChange: (iso: string) => void; missing: boolean; label?: string; required?: boolean; testId?: string }) {
  const { t } = useI18n();
  const [text, setText] = useState(() => formatVnDate(value));
  const parsed = parseVnDate(text);
  const wrong = text.trim() !== '' && parsed === null;
  return (
    <Field
      label={label ?? t('date')}
      required={required}
      validationState={wrong || missing ? 'error' : 'none'}
      validationMessage={wrong ? t('dateFormat') : missing ? t('required') : undefined}
      hint={parsed ? t('dateHint', { text: dateLong(parsed) }) : t('dateFormat')}
    >
      <Input
        value={text}
        inputMode="numeric"
        placeholder="dd/mm/yyyy"
        data-testid={testId}
        onChange={(_, d) => {
          setText(d.value);
          onChange(parseVnDate(d.value) ?? '');
        }}
      />
    </Field>
  );
}
