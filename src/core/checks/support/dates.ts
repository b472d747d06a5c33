/** `2026-05-12` → `12/5/2026`, the short form plans use in their body text. */
export function shortDate(iso: string | null | undefined): string {
  if (!iso) return '(không ghi)';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])}/${Number(m[2])}/${m[1]}`;
}

/** `30/11` for a day and month, the way plans write recurring deadlines. */
export function dayMonth(day: number, month: number | null): string {
  return month == null ? `ngày ${day}` : `${day}/${month}`;
}
