import { makeStyles, Select } from '@fluentui/react-components';

const useStyles = makeStyles({
  // A grid item (inside Field) defaults to its content's width: the longest option would widen the pane.
  root: { minWidth: 0, maxWidth: '100%' },
  select: { minWidth: 0, overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis' },
});

export interface LongOption {
  value: string;
  label: string;
}

export interface LongSelectProps {
  options: LongOption[];
  value: string;
  onChange: (value: string) => void;
  testId?: string;
  /** Where no Field labels it. */
  ariaLabel?: string;
}

/**
 * A Select for long texts (plan names, unit names) that never widens a 320 px pane: the closed control
 * cuts the text with an ellipsis and shows it whole as a tooltip; the open list shows every option whole.
 */
export function LongSelect({ options, value, onChange, testId, ariaLabel }: LongSelectProps) {
  const styles = useStyles();
  const selected = options.find((o) => o.value === value);
  return (
    <Select className={styles.root} select={{ className: styles.select, title: selected?.label, 'aria-label': ariaLabel, ...(testId ? { 'data-testid': testId } : {}) }} value={value} onChange={(_, d) => onChange(d.value)}>
      {options.map((o) => (
        <option key={o.value} value={o.value} title={o.label}>
          {o.label}
        </option>
      ))}
    </Select>
  );
}
