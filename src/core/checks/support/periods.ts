/** A giai đoạn, as years. */
export interface Period {
  from: number;
  to: number;
}

const RANGE = /(?:giai đoạn|thời kỳ)\s*(?:từ\s*)?(?:năm\s*)?(\d{4})\s*(?:[-–—]|đến)\s*(?:hết\s*)?(?:năm\s*)?(\d{4})|từ\s*(?:năm\s*)?(\d{4})\s*(?:đến|[-–—])\s*(?:hết\s*)?(?:năm\s*)?(\d{4})/iu;

/** The first period a text names: "giai đoạn 2026-2030", "từ năm 2026 đến năm 2030". */
export function findPeriod(text: string): Period | null {
  const m = RANGE.exec(text);
  if (!m) return null;
  const from = Number(m[1] ?? m[3]);
  const to = Number(m[2] ?? m[4]);
  return from <= to ? { from, to } : null;
}

export function showPeriod(p: Period): string {
  return `${p.from}-${p.to}`;
}
