import type { Rule, RuleHit } from '../../types';
import { STALE_UNIT_NAMES } from './staleUnitNames';

/** Names stop being current on this day; plans issued before it are left alone. */
const REORGANISED = '2025-07-01';

const STALE = STALE_UNIT_NAMES.map((s) => ({ re: new RegExp(s.pattern, 'iu'), suggestion: s.suggestion }));

/**
 * Units that no longer exist after the 2025 reorganisation, named in a plan issued after it (or a
 * draft with no date yet). Citations in the preamble name the issuer as it was, so they are skipped.
 */
export const unitNameStale: Rule = {
  id: 'unit-name-stale',
  appliesTo: 'any',
  family: 'form',
  severity: 'warning',
  title: { vi: 'Tên đơn vị đã thay đổi', en: 'Outdated unit name' },
  message: {
    vi: '"{name}" không còn tồn tại sau khi sắp xếp bộ máy năm 2025; kiểm tra lại: {suggestion}',
    en: '"{name}" no longer exists after the 2025 reorganisation; check: {suggestion}',
  },
  source: 'Luật Tổ chức chính quyền địa phương 2025 (hai cấp từ 01/7/2025); NĐ 150/2025/NĐ-CP; kh-structure.md lỗi #9',
  check({ plan, snapshot }) {
    if (plan.date && plan.date < REORGANISED) return [];
    const [from, to] = plan.at.preamble ?? [0, -1];
    const cited = new Set(plan.references.map((r) => r.paragraph));
    const hits: RuleHit[] = [];
    for (const p of snapshot.paragraphs) {
      if ((p.index >= from && p.index <= to) || cited.has(p.index)) continue;
      for (const s of STALE) {
        const m = s.re.exec(p.text);
        if (m) {
          hits.push({ paragraph: p.index, args: { name: m[0], suggestion: s.suggestion } });
          break;
        }
      }
    }
    return hits;
  },
};
