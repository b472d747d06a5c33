import type { DocumentSnapshot } from '../../snapshot';
import type { Plan } from '../../plan/model';
import { fold } from '../../text/fold';
import { matchBody, type BodyLevel } from '../../catalog/bodies';

const CATALOG_LEVEL: Partial<Record<BodyLevel, Level>> = { xa: 'xa', tinh: 'tinh', 'van-phong-ubnd-tinh': 'tinh', 'trung-uong': 'trung-uong' };

/** The tier of government a plan is issued at (after 2025 there is no district tier). */
export type Level = 'xa' | 'huyen' | 'tinh' | 'trung-uong';

export const LEVEL_NAMES: Record<Level, { vi: string; en: string }> = {
  xa: { vi: 'cấp xã', en: 'commune level' },
  huyen: { vi: 'cấp huyện', en: 'district level' },
  tinh: { vi: 'cấp tỉnh', en: 'provincial level' },
  'trung-uong': { vi: 'cấp trung ương', en: 'central level' },
};

export interface PlanLevel {
  level: Level;
  /** The issuer is a committee (UBND) or one of its offices, departments (Sở, Văn phòng). */
  agency: boolean;
  /** Where the level was read: the header, or the plan's own words when the header is missing. */
  from: 'header' | 'text';
}

function levelOfName(f: string): Level | null {
  if (/\b(?:xa|phuong|dac khu|thi tran)\b/.test(f)) return 'xa';
  if (/\b(?:huyen|quan|thi xa)\b/.test(f)) return 'huyen';
  if (/\b(?:tinh|thanh pho)\b/.test(f)) return 'tinh';
  if (/^(?:bo|chinh phu|thu tuong)\b/.test(f)) return 'trung-uong';
  return null;
}

// "Chủ tịch UBND xã ban hành", "Văn phòng UBND tỉnh xây dựng kế hoạch": a plan names itself.
const SELF = /\b((?:chu tich )?(?:ubnd|uy ban nhan dan)|van phong (?:ubnd|uy ban nhan dan)|so [a-z ]{2,30}?) (xa|phuong|tinh|huyen)\b[^.;]{0,40}\b(?:ban hanh|xay dung) (?:ke hoach|ke hoach thuc hien)/;
const AREA = /\btren dia ban (xa|phuong|tinh|huyen)\b/;

/**
 * The plan's level: from the header's issuer and superior body, else from the plan's own words
 * ("Chủ tịch UBND xã ban hành Kế hoạch …", "… trên địa bàn xã Đồng Việt"). Null when neither says.
 */
export function planLevel(plan: Plan, snapshot: DocumentSnapshot): PlanLevel | null {
  if (plan.issuer) {
    // The catalog of bodies knows the level of a named body ("ỦY BAN NHÂN DÂN XÃ …", "SỞ NỘI VỤ").
    const body = matchBody(plan.issuer) ?? (plan.parentBody ? matchBody(plan.parentBody) : null);
    const tier = body ? CATALOG_LEVEL[body.level] : undefined;
    if (body && tier) return { level: tier, agency: body.kind !== 'ubnd', from: 'header' };
    const issuer = fold(plan.issuer);
    const own = levelOfName(issuer);
    const agency = !/^(?:uy ban nhan dan|ubnd)\b/.test(issuer);
    const level = own ?? (plan.parentBody ? levelOfName(fold(plan.parentBody)) : null);
    if (level) return { level, agency, from: 'header' };
  }
  const stop = plan.sections[0]?.paragraph ?? 25;
  const head = snapshot.paragraphs.filter((p) => p.index < stop);
  for (const p of head) {
    const m = SELF.exec(fold(p.text));
    if (m) return { level: levelOfName(m[2])!, agency: !/ubnd|uy ban/.test(m[1]) || /van phong/.test(m[1]), from: 'text' };
  }
  const title = plan.title ? AREA.exec(fold(plan.title)) : null;
  if (title) return { level: levelOfName(title[1])!, agency: false, from: 'text' };
  return null;
}
