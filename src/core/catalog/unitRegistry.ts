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
}

export interface UnitRegistry {
  level: string;
  title: string;
  units: Unit[];
  file: string;
}

const SHAPE: Shape = {
  kind: 'object',
  fields: {
    level: { kind: 'string', required: true, pattern: /^[a-z0-9-]+$/, hint: 'chữ thường không dấu, vd. xa' },
    title: { kind: 'string', required: true },
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
  const y = src.value as { level: string; title: string; units: (Omit<Unit, 'canLead'> & { canLead?: boolean | null; abbr?: string | null })[] };
  const errors: KhInputError[] = [];
  const seen = new Set<string>();
  const units = y.units.map((u, i): Unit => {
    if (seen.has(u.id)) errors.push(new KhInputError(file, `mã đơn vị "${u.id}" bị lặp lại`, src.placeOf(['units', i, 'id']), `unit id "${u.id}" repeated`, 'unit-registry-invalid'));
    seen.add(u.id);
    const canLead = u.canLead ?? u.role === 'agency';
    if (canLead && isRequested({ ...u, canLead } as Unit)) {
      errors.push(new KhInputError(file, `"${u.name}" là tổ chức được đề nghị phối hợp, không giao chủ trì được (bỏ canLead: true)`, src.placeOf(['units', i, 'canLead']), 'a requested organisation cannot lead', 'unit-registry-invalid'));
    }
    return { id: u.id, name: u.name, role: u.role, canLead, ...(u.abbr ? { abbr: u.abbr } : {}) };
  });
  throwIfAny(errors);
  return { level: y.level, title: y.title, units, file };
}
