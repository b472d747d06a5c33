import type { Rule, RuleHit } from '../../types';
import { fold } from '../../../text/fold';
import { findBodies } from '../../../catalog/bodies';
import { planLevel, type PlanLevel } from '../../support/planLevel';
import { isPlanDocument } from '../../support/isPlan';
import { recipientEntries } from '../../support/recipientEntries';

/** A body's name folded to a comparable key: "Ủy ban nhân dân tỉnh" and "UBND tỉnh" are both "ubnd tinh". */
export function bodyKey(name: string): string {
  return fold(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\bchu tich\s+/g, '')
    .replace(/\buy ban nhan(?: dan)?\b/g, 'ubnd')
    .replace(/\s+/g, ' ')
    .trim();
}

// On folded text: "báo cáo … về UBND tỉnh (qua Sở Nội vụ)", "báo cáo Chủ tịch UBND tỉnh".
const BODY = String.raw`((?:chu tich |thuong truc )?(?:ubnd|uy ban nhan(?: dan)?|so|bo|hdnd|hoi dong nhan dan|van phong)\b[^,;.()]{0,40}?)(?=\s*(?:\(|\)|,|;|\.|\btruoc\b|\bde\b|\btheo\b|\bdinh ky\b|$))`;
const REPORT_TO = new RegExp(String.raw`bao cao[^.;]{0,300}?\bve\s+${BODY}`, 'g');
// The tier word a key ends on: a body of the same tier among the recipients (a Sở for the province) informs it.
const TIER = /\b(tinh|xa|phuong|huyen)\b/;

const RANK: Record<string, number> = { xa: 0, huyen: 1, tinh: 2, 'van-phong-ubnd-tinh': 2, 'trung-uong': 3 };

/** Whether the named body is above a plan of this level (a tier up; or its own UBND for an office or a Sở). */
function isSuperior(name: string, level: PlanLevel): boolean {
  const body = findBodies(name.replace(/^(?:Ủy|Uỷ) ban nhân tỉnh/u, 'UBND tỉnh'))[0];
  if (!body || body.level === 'chung') return true;
  const own = RANK[level.level];
  const theirs = RANK[body.level];
  return theirs > own || (theirs === own && level.agency && (body.kind === 'ubnd' || body.kind === 'hdnd'));
}

/**
 * The body the plan reports to (named in its reporting clause: "báo cáo … về UBND tỉnh (qua Sở Nội
 * vụ)") receives the plan: it is among Nơi nhận, usually "(b/c)". The plan's own body, which its
 * units report to, is not asked for. Checked only when the plan has a Nơi nhận.
 */
export const recipientsReportTo: Rule = {
  id: 'recipients-report-to',
  appliesTo: 'plan',
  family: 'recipients',
  severity: 'warning',
  title: { vi: 'Nơi nhận thiếu cơ quan nhận báo cáo', en: 'Report-to body not among recipients' },
  message: {
    vi: 'Kế hoạch báo cáo kết quả về "{body}" nhưng Nơi nhận chưa có; thêm dòng "{entry}"',
    en: 'The plan reports to "{body}", missing from the recipients; add "{entry}"',
  },
  source: 'NĐ 30/2020/NĐ-CP Phụ lục I, II.9b (nơi nhận gồm cơ quan cấp trên để báo cáo); thực tiễn',
  check({ snapshot, plan }) {
    const entries = recipientEntries(snapshot, plan).filter((e) => !e.isArchive);
    if (plan.at.recipients === undefined || entries.length === 0 || !isPlanDocument(plan, snapshot)) return [];
    const own = bodyKey([plan.issuer ?? '', plan.parentBody ?? ''].join(' '));
    const received = entries.map((e) => ` ${bodyKey(e.name)} `);
    const start = plan.sections[0]?.paragraph ?? 1;
    const bodies = new Map<string, string>();
    for (const p of plan.reportingClauses) {
      if (p.paragraph < start || p.paragraph >= plan.at.recipients) continue;
      const f = fold(p.text);
      // "(qua Sở Nội vụ)" is the channel, not the body reported to: only the addressee must receive the plan.
      for (const re of [REPORT_TO]) {
        for (const m of f.matchAll(re)) {
          const name = p.text.slice(m.index + m[0].length - m[1].length, m.index + m[0].length).trim();
          const key = bodyKey(name);
          if (key.split(' ').length < 2 || bodies.has(key)) continue;
          bodies.set(key, name);
        }
      }
    }
    const missing: string[] = [];
    const level = planLevel(plan, snapshot);
    for (const [key, name] of bodies) {
      // Only a superior: a province's plan has its Sở report to Sở Nội vụ, which is no report upward.
      if (level && !isSuperior(name, level)) continue;
      // The plan's own committee or office: its units report to it.
      if (own && (own.includes(key) || (/\bubnd (xa|phuong)\b/.test(key) && own.includes('xa')))) continue;
      if (/\b(?:xa|phuong)\b/.test(key) && !/\b(?:tinh|bo)\b/.test(key)) continue;
      if (received.some((r) => r.includes(` ${key} `) || (key.startsWith('ubnd ') && r.includes(` ${key.replace('ubnd ', 'uy ban ')} `)))) continue;
      // "Sở Nội vụ (b/c)" informs the province a commune reports to through it.
      const tier = TIER.exec(key)?.[1];
      if (tier && !/^so\b/.test(key) && entries.some((e) => /\(b\/c\)|\bb\/c\b/iu.test(e.text) && (bodyKey(e.name).startsWith('so ') ? tier === 'tinh' : false))) continue;
      missing.push(name.replace(/^(?:Chủ tịch\s+)?(?:Ủy|Uỷ|ủy|uỷ) ban nhân(?: dân)?(?=\s)/u, 'UBND').replace(/^Chủ tịch\s+/u, ''));
    }
    const hits: RuleHit[] = [];
    if (missing.length > 0) hits.push({ paragraph: plan.at.recipients, args: { body: missing.join('", "'), entry: missing.map((m) => `- ${m} (b/c);`).join(' ') } });
    return hits;
  },
};
