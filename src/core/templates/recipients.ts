/**
 * Nơi nhận built from the plan itself (NĐ 30, Phụ lục I, mục 9): the body the unit reports to and
 * through whom, "để báo cáo"; the form's own lines (leaders, Đảng ủy …); the units the plan
 * assigns; the Front and organisations it asks; "Lưu: VT, …" last.
 */
import { foldWords } from '../text/fold';

export interface RecipientUnit {
  name: string;
  /** How Nơi nhận names it, when not by its name. */
  recipient?: string;
  /** Front, mass organisations and Party bodies: asked, listed after the units. */
  requested: boolean;
}

export interface RecipientsInput {
  reportToBody: string | null;
  through: string | null;
  /** Lines the form adds (`TT Đảng ủy, TT HĐND xã`). */
  extra: readonly string[];
  /** Units the plan assigns or asks, in the order the registry lists them. */
  units: readonly RecipientUnit[];
}

const withSemicolon = (s: string) => (/[;.:]$/.test(s.trim()) ? s.trim() : `${s.trim()};`);
const key = (s: string) => foldWords(s.replace(/\((?:b\/c|để b\/c|báo cáo|t\/h|để thực hiện)\)/giu, '').replace(/[;.,:]+\s*$/u, ''));
const ucfirst = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

export function buildRecipients(input: RecipientsInput): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (line: string) => {
    const k = key(line);
    if (!k || seen.has(k)) return;
    seen.add(k);
    out.push(withSemicolon(line));
  };
  if (input.reportToBody) add(`${ucfirst(input.reportToBody)} (b/c)`);
  if (input.through) add(`${ucfirst(input.through)} (b/c)`);
  for (const line of input.extra) add(line);
  for (const u of input.units.filter((x) => !x.requested)) add(u.recipient ?? u.name);
  for (const u of input.units.filter((x) => x.requested)) add(u.recipient ?? u.name);
  return out;
}
