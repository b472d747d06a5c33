/**
 * Who can be named in a plan of one level (`templates/units/<level>.yaml`): the units of a UBND
 * xã under NĐ 150/2025, the rooms of a provincial office … A form names units by id, so a lead
 * unit is always one that exists at that level, spelt the same way every time.
 */
import { KhInputError, throwIfAny } from '../errors';
import { readYaml, type Shape } from './yamlData';

/**
 * agency: a unit of the issuing body, can lead tasks;
 * group: a collective ("Các phòng, ban, trung tâm"), carries out but does not lead;
 * front / mass / party: Mặt trận, đoàn thể, Đảng bodies: asked with "Đề nghị", never "Giao".
 */
/** Agency (cơ quan), working group, Mặt trận, mass organisation (đoàn thể), Party body. */
export const UNIT_ROLES = ['agency', 'group', 'front', 'mass', 'party'] as const;
export type UnitRole = (typeof UNIT_ROLES)[number];

export interface Unit {
  id: string;
  name: string;
  abbr?: string;
  role: UnitRole;
  canLead: boolean;
  /** How Nơi nhận names it, when not by its name. */
  recipient?: string;
}

export interface UnitRegistry {
  level: string;
  title: string;
  units: Unit[];
  file: string;
  /** How the units under the body are named together in the text (`các cơ quan, đơn vị, thôn`). */
  unitsLabel: string;
  /** The parent's words as this level says them, applied in order (`các sở, ban, ngành` → `các phòng, ban, trung tâm`). */
  wording: { from: string; to: string }[];
  /** Days before the parent's reporting deadline this level reports, and the units under it before that. */
  reporting: { marginDays: number; unitsMarginDays: number };
}

/** When a registry does not say: 10 days before the parent, the units 5 days before that. */
const DEFAULT_REPORTING = { marginDays: 10, unitsMarginDays: 5 };

const SHAPE: Shape = {
  kind: 'object',
  fields: {
    level: { kind: 'string', required: true, pattern: /^[a-z0-9-]+$/, hint: 'chữ thường không dấu, vd. xa' },
    title: { kind: 'string', required: true },
    unitsLabel: { kind: 'string', nullable: true, nonEmpty: true },
    wording: {
      kind: 'array',
      nullable: true,
      of: { kind: 'object', fields: { from: { kind: 'string', required: true, nonEmpty: true }, to: { kind: 'string', required: true } } },
    },
    reporting: {
      kind: 'object',
      nullable: true,
      fields: {
        marginDays: { kind: 'number', integer: true, min: 1, max: 120, required: true },
        unitsMarginDays: { kind: 'number', integer: true, min: 1, max: 60, required: true },
      },
    },
    units: {
      kind: 'array',
      required: true,
      minItems: 1,
      of: {
        kind: 'object',
        fields: {
          id: { kind: 'string', required: true, pattern: /^[a-z0-9-]+$/, hint: 'chữ thường không dấu và "-", vd. van-hoa-xa-hoi' },
          name: { kind: 'string', required: true, nonEmpty: true },
          abbr: { kind: 'string', nullable: true },
          role: { kind: 'enum', values: UNIT_ROLES, required: true },
          canLead: { kind: 'boolean', nullable: true },
          recipient: { kind: 'string', nullable: true, nonEmpty: true },
        },
      },
    },
  },
};

/** Whether the plan asks the unit ("Đề nghị") rather than assigns to it. */
export function isRequested(unit: Unit): boolean {
  return unit.role === 'front' || unit.role === 'mass' || unit.role === 'party';
}

export function parseUnitRegistry(text: string, file: string): UnitRegistry {
  const src = readYaml(text, file, SHAPE);
  const y = src.value as {
    level: string;
    title: string;
    unitsLabel?: string | null;
    wording?: { from: string; to: string }[] | null;
    reporting?: { marginDays: number; unitsMarginDays: number } | null;
    units: (Omit<Unit, 'canLead' | 'recipient'> & { canLead?: boolean | null; abbr?: string | null; recipient?: string | null })[];
  };
  const errors: KhInputError[] = [];
  const seen = new Set<string>();
  const units = y.units.map((u, i): Unit => {
    if (seen.has(u.id)) errors.push(new KhInputError(file, `mã đơn vị "${u.id}" bị lặp lại`, src.placeOf(['units', i, 'id']), `unit id "${u.id}" repeated`, 'unit-registry-invalid'));
    seen.add(u.id);
    const canLead = u.canLead ?? u.role === 'agency';
    if (canLead && isRequested({ ...u, canLead } as Unit)) {
      errors.push(new KhInputError(file, `"${u.name}" là tổ chức được đề nghị phối hợp, không giao chủ trì được (bỏ canLead: true)`, src.placeOf(['units', i, 'canLead']), 'a requested organisation cannot lead', 'unit-registry-invalid'));
    }
    return { id: u.id, name: u.name, role: u.role, canLead, ...(u.abbr ? { abbr: u.abbr } : {}), ...(u.recipient ? { recipient: u.recipient } : {}) };
  });
  throwIfAny(errors);
  return {
    level: y.level,
    title: y.title,
    units,
    file,
    unitsLabel: y.unitsLabel ?? 'các cơ quan, đơn vị',
    wording: y.wording ?? [],
    reporting: y.reporting ?? DEFAULT_REPORTING,
  };
}
