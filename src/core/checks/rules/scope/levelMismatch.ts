import type { Rule, RuleHit } from '../../types';
import { findBodies, type BodyLevel } from '../../../catalog/bodies';
import { LEVEL_NAMES, planLevel, type Level } from '../../support/planLevel';
import { isPlanDocument } from '../../support/isPlan';
import { paragraphsBetween } from '../../support/paragraphs';
import { vnRegex } from '../../support/vnRegex';
import { LETTER, MARK, UPPER } from '../../../text/letters';

// Bodies a commune directs or asks nothing of: the province's departments, other communes.
const NOT_DIRECTED = vnRegex(String.raw`\b(?:các\s+sở(?:,\s*ban,\s*ngành)?|sở,\s*ban,\s*ngành|(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+các\s+(?:xã|phường|huyện)(?:,\s*(?:phường|thị trấn|đặc khu))*)`, 'giu');
const ASKING = vnRegex(String.raw`\b(?:đề nghị|giao)\b`, 'iu');
// A body named as the one reported to, through or with is not asked: "báo cáo Chủ tịch UBND tỉnh (qua Sở Nội vụ)".
const NOT_ASKED = vnRegex(String.raw`\b(?:báo cáo|về|qua|gửi|của|theo|với)\s*\(?\s*$`, 'iu');
// "tỉnh Bắc Ninh phấn đấu …" in a commune's plan: the province's goal stated as the plan's own.
const OTHER_GOAL = vnRegex(String.raw`\b(tỉnh|huyện|thành phố)\s+((?:[${UPPER}][${LETTER}${MARK}]*\s+){0,3}[${UPPER}][${LETTER}${MARK}]*)\s+(?:phấn đấu|đặt mục tiêu|đề ra mục tiêu)`, 'u');
// "Đạt 65% chính quyền địa phương xã có …": a share of communes, a target only a province holds.
const SHARE_OF_UNITS = vnRegex(String.raw`\d+(?:[.,]\d+)?\s*%\s*(?:số\s+)?(?:các\s+)?(?:chính quyền địa phương|ủy ban nhân dân|uỷ ban nhân dân|UBND|HĐND|đơn vị hành chính)?\s*(?:cấp\s+)?(?:các\s+)?(xã|phường)\b`, 'iu');

const BODY_TIER: Partial<Record<BodyLevel, Level>> = { tinh: 'tinh', 'van-phong-ubnd-tinh': 'tinh', 'trung-uong': 'trung-uong', xa: 'xa' };

/**
 * A plan works at its own level: a commune's plan asks the commune's Mặt trận, not the province's;
 * does not state the province's goal as its own; does not set a share of communes as a target; does
 * not address the province's departments or other communes. Read for plans of the commune level
 * (the level the seeds' reviewers caught out); the level comes from the header or the plan's words.
 */
export const levelMismatch: Rule = {
  id: 'level-mismatch',
  appliesTo: 'plan',
  family: 'scope',
  severity: 'error',
  title: { vi: 'Sai cấp, sai phạm vi', en: 'Wrong level or scope' },
  message: {
    vi: 'Kế hoạch {level} nhưng đề nghị, giao việc cho "{body}" ({bodyLevel}): chỉ giao, đề nghị cơ quan, tổ chức cùng cấp',
    en: 'A {levelEn} plan asks "{body}" ({bodyLevelEn}) to act: it can only direct or ask bodies of its own level',
  },
  variants: {
    addressee: {
      vi: 'Kế hoạch {level} không chỉ đạo được "{body}": chỉ đề nghị các cơ quan, đơn vị thuộc {own} thực hiện',
      en: 'A {levelEn} plan does not direct "{body}": address the bodies under {ownEn}',
    },
    goal: {
      vi: 'Kế hoạch {level} lại nêu mục tiêu của "{body}" ("… {body} phấn đấu …"): nêu mục tiêu của chính địa phương mình',
      en: 'A {levelEn} plan states the goal of "{body}" as its own ("… {body} phấn đấu …"): state the commune\'s own goal',
    },
    target: {
      vi: 'Chỉ tiêu "{target}" là tỷ lệ trên các xã, phường (chỉ tiêu của tỉnh): kế hoạch {level} đặt chỉ tiêu cho chính xã mình',
      en: 'The target "{target}" is a share of communes (a provincial target): a {levelEn} plan sets its own',
    },
  },
  source: 'Luật Tổ chức chính quyền địa phương 2025 (thẩm quyền theo cấp); QĐ 2282/QĐ-TTg (chỉ tiêu theo cấp); thực tiễn thẩm định kế hoạch',
  check({ plan, snapshot }) {
    const lv = planLevel(plan, snapshot);
    if (!lv || lv.level !== 'xa' || lv.agency || !isPlanDocument(plan, snapshot)) return [];
    const level = LEVEL_NAMES.xa;
    const common = { level: level.vi, levelEn: level.en, own: 'UBND xã', ownEn: 'the commune' };
    const hits: RuleHit[] = [];
    const seen = new Set<string>();
    const add = (hit: RuleHit) => {
      const key = `${hit.paragraph}@${hit.args?.body ?? hit.args?.target}`;
      if (!seen.has(key)) {
        seen.add(key);
        hits.push(hit);
      }
    };

    const org = plan.sections.filter((s) => s.kind === 'organization' || s.kind === 'reporting');
    const closingFrom = plan.sections.at(-1)?.paragraph ?? Infinity;
    const closingTo = plan.at.recipients ?? plan.at.signer ?? Infinity;
    const asking = [...org.flatMap((s) => paragraphsBetween(snapshot, s.paragraph, s.endParagraph)), ...paragraphsBetween(snapshot, closingFrom, closingTo)];
    for (const p of asking) {
      const a = ASKING.exec(p.text);
      // An item heading names its unit without "Đề nghị" ("3.5. Ủy ban MTTQ tỉnh …:").
      const heading = /^\s*\d+(?:\.\d+)*\.?\s/.test(p.text);
      if (!a && !heading) continue;
      const from = a ? a.index : 0;
      // The clause that asks: up to its full stop or semicolon.
      const scope = p.text.slice(from).split(/[.;](?:\s|$)/u)[0];
      // The catalog of bodies (templates/catalog/bodies.yaml) tells each body's level.
      for (const b of findBodies(scope)) {
        if (NOT_ASKED.test(scope.slice(Math.max(0, b.index - 20), b.index))) continue;
        const tier = BODY_TIER[b.level];
        if (tier && tier !== 'xa') add({ paragraph: p.index, args: { ...common, body: b.name, bodyLevel: LEVEL_NAMES[tier].vi, bodyLevelEn: LEVEL_NAMES[tier].en } });
      }
      if (a) for (const m of scope.matchAll(NOT_DIRECTED)) add({ paragraph: p.index, variant: 'addressee', args: { ...common, body: m[0] } });
    }

    const objectives = plan.sections.filter((s) => s.kind === 'objectives' || s.kind === 'purpose');
    for (const p of objectives.flatMap((s) => paragraphsBetween(snapshot, s.paragraph, s.endParagraph))) {
      const m = OTHER_GOAL.exec(p.text);
      if (m && m[1].toLowerCase() !== 'xã') add({ paragraph: p.index, variant: 'goal', args: { ...common, body: `${m[1]} ${m[2]}` } });
    }
    for (const t of plan.targets) {
      const m = SHARE_OF_UNITS.exec(t.text);
      if (m) add({ paragraph: t.paragraph, variant: 'target', args: { ...common, target: t.text } });
    }
    return hits;
  },
};
