/**
 * The secretary's form (`examples/*.yaml`): the unit's profile, the parent it implements, what
 * becomes of each of the parent's tasks and targets (applies, in the unit's words, or not at
 * this level, or merged), its own tasks, dates, the reporting chain, Nơi nhận, signer.
 * Shape only here; what the form says about the parent and the unit registry is checked in
 * draftContext.ts, with the same file:line:column places.
 */
import { readData, readYaml, type Shape, type YamlSource } from '../catalog/yamlData';
import type { OwnTask, TargetDecision, TaskDecision } from './fitToUnit';
import type { ReportingForm } from './reportingPlan';

/** What the form says about one parent task (see fitToUnit.ts). */
export type TaskAssignment = TaskDecision;

export interface DraftForm {
  /** Catalog id of the parent plan (`templates/plans/<id>.yaml`). */
  parent?: string | null;
  /** Unit registry: `templates/units/<units>.yaml`. */
  units: string;
  unit: {
    /** Cơ quan chủ quản, UPPER (`UBND TỈNH LAI CHÂU`); null for a UBND. */
    parentBody?: string | null;
    /** Cơ quan ban hành, UPPER (`ỦY BAN NHÂN DÂN XÃ ĐỒNG VIỆT`). */
    issuer: string;
    /** How the body names itself in the text (`UBND xã`, `Văn phòng UBND tỉnh`). */
    name: string;
    /** Who "ban hành" the plan, when not the body itself (`Chủ tịch UBND xã`). */
    issuedBy?: string | null;
    /** Địa danh of box 4 (`Đồng Việt`). */
    place: string;
    /** Phạm vi (`xã Đồng Việt, tỉnh Bắc Ninh`). */
    area: string;
    /** Ký hiệu after the number (`KH-UBND`). */
    symbol: string;
  };
  /** The number once the văn thư gives one; null leaves it blank in the draft. */
  number?: string | number | null;
  /** `2026-05-20`, or `2026-05` to leave the day blank. */
  date: string;
  title: string;
  period?: { from: number; to: number } | null;
  /** The unit that follows up and receives reports (cơ quan thường trực). */
  standing: string;
  targets?: Record<string, TargetDecision> | null;
  tasks: Record<string, TaskAssignment>;
  /** The unit's own tasks, after the parent's. */
  ownTasks?: OwnTask[] | null;
  purpose?: string | string[] | null;
  /** Mục tiêu chung, when the unit words its own. */
  objective?: string | string[] | null;
  requirements?: string | string[] | null;
  budget?: string | string[] | null;
  reporting: ReportingForm;
  organization: { unit: string; duties: string | string[] }[];
  /**
   * Nơi nhận besides what the plan gives (the body reported to and through whom, the units it
   * assigns, the organisations it asks): leaders, Đảng ủy, HĐND …
   */
  recipients?: string[] | null;
  /** What follows "Lưu:" (`VT, VHXH`). */
  archive: string;
  signer: { authority: string[]; title: string; name: string };
  /** An organisation's own fields (declared in templates/form.yaml as `fields.<name>`), seen by templates as `fields.<name>`. */
  fields?: Record<string, string | string[]> | null;
}

const UNIT_ID = { kind: 'string', pattern: /^[a-z0-9-]+$/, hint: 'mã đơn vị trong danh mục, vd. van-hoa-xa-hoi' } as const;
const DAY_MONTH = { kind: 'string', pattern: /^\d{1,2}\/\d{1,2}$/, hint: 'ngày/tháng, vd. 30/11' } as const;

/** A sub-task: a line, or a line with its own lead, cooperating units and timing. */
const POINT: Shape = {
  kind: 'either',
  hint: 'một dòng chữ, hoặc { title, lead, cooperating, timing }',
  of: [
    { kind: 'string', nonEmpty: true },
    {
      kind: 'object',
      fields: {
        title: { kind: 'string', required: true, nonEmpty: true },
        lead: { ...UNIT_ID, nullable: true },
        cooperating: { kind: 'array', nullable: true, of: UNIT_ID },
        timing: { kind: 'string', nullable: true },
      },
    },
  ],
};

const DRAFT_FORM_SHAPE: Shape = {
  kind: 'object',
  fields: {
    parent: { kind: 'string', nullable: true, pattern: /^[a-z0-9-]+$/, hint: 'mã kế hoạch trong templates/plans, vd. kh-163-ubnd-bac-ninh' },
    units: { kind: 'string', required: true, pattern: /^[a-z0-9-]+$/, hint: 'tên danh mục trong templates/units, vd. xa' },
    unit: {
      kind: 'object',
      required: true,
      fields: {
        parentBody: { kind: 'string', nullable: true },
        issuer: { kind: 'string', required: true, nonEmpty: true },
        name: { kind: 'string', required: true, nonEmpty: true },
        issuedBy: { kind: 'string', nullable: true },
        place: { kind: 'string', required: true, nonEmpty: true },
        area: { kind: 'string', required: true, nonEmpty: true },
        symbol: { kind: 'string', required: true, pattern: /^[A-ZĐ]+(-[A-ZĐa-zđ&]+)+$/u, hint: 'KH-UBND, KH-VPUBND' },
      },
    },
    number: { kind: 'string', nullable: true, pattern: /^\d{1,5}$/, hint: 'chỉ phần số, vd. 12' },
    date: { kind: 'string', required: true, pattern: /^\d{4}(-\d{2}(-\d{2})?)?$/, hint: 'YYYY-MM-DD, hoặc YYYY-MM để trống ngày' },
    title: { kind: 'string', required: true, nonEmpty: true },
    period: {
      kind: 'object',
      nullable: true,
      fields: { from: { kind: 'number', integer: true, required: true }, to: { kind: 'number', integer: true, required: true } },
    },
    standing: { ...UNIT_ID, required: true },
    targets: {
      kind: 'map',
      nullable: true,
      of: {
        kind: 'either',
        hint: 'một số (giá trị của đơn vị), hoặc { value, year, base }, hoặc { applies: false, reason }',
        of: [
          { kind: 'number', min: 0 },
          {
            kind: 'object',
            fields: {
              value: { kind: 'number', min: 0, nullable: true },
              year: { kind: 'number', integer: true, nullable: true },
              base: { kind: 'string', nullable: true },
              applies: { kind: 'boolean', nullable: true },
              reason: { kind: 'string', nullable: true },
            },
          },
        ],
      },
    },
    tasks: {
      kind: 'map',
      required: true,
      of: {
        kind: 'object',
        fields: {
          applies: { kind: 'boolean', nullable: true },
          reason: { kind: 'string', nullable: true },
          mergedInto: { kind: 'string', nullable: true, pattern: /^\d+(\.(\d+|[a-zđ]))*$/u, hint: 'mã nhiệm vụ của kế hoạch cấp trên, vd. 2' },
          lead: { ...UNIT_ID, nullable: true },
          cooperating: { kind: 'array', nullable: true, of: UNIT_ID },
          timing: { kind: 'string', nullable: true, nonEmpty: true },
          title: { kind: 'string', nullable: true, nonEmpty: true },
          heading: { kind: 'string', nullable: true, nonEmpty: true },
          points: { kind: 'array', nullable: true, of: POINT },
        },
      },
    },
    ownTasks: {
      kind: 'array',
      nullable: true,
      of: {
        kind: 'object',
        fields: {
          title: { kind: 'string', required: true, nonEmpty: true },
          heading: { kind: 'string', nullable: true, nonEmpty: true },
          lead: { ...UNIT_ID, required: true },
          cooperating: { kind: 'array', nullable: true, of: UNIT_ID },
          timing: { kind: 'string', required: true, nonEmpty: true },
          points: { kind: 'array', nullable: true, of: POINT },
        },
      },
    },
    purpose: { kind: 'text', nullable: true },
    objective: { kind: 'text', nullable: true },
    requirements: { kind: 'text', nullable: true },
    budget: { kind: 'text', nullable: true },
    reporting: {
      kind: 'object',
      required: true,
      fields: {
        marginDays: { kind: 'number', integer: true, min: 1, max: 120, nullable: true },
        deadline: { ...DAY_MONTH, nullable: true },
        to: { kind: 'string', nullable: true },
        reportTo: { kind: 'string', nullable: true },
        through: { kind: 'string', nullable: true },
        unitsDeadline: { ...DAY_MONTH, nullable: true },
      },
    },
    organization: {
      kind: 'array',
      required: true,
      minItems: 1,
      of: { kind: 'object', fields: { unit: { ...UNIT_ID, required: true }, duties: { kind: 'text', required: true } } },
    },
    recipients: { kind: 'array', nullable: true, of: { kind: 'string', nonEmpty: true } },
    archive: { kind: 'string', required: true, nonEmpty: true },
    fields: { kind: 'map', nullable: true, of: { kind: 'text' } },
    signer: {
      kind: 'object',
      required: true,
      fields: {
        authority: { kind: 'array', required: true, minItems: 1, of: { kind: 'string', nonEmpty: true } },
        title: { kind: 'string', required: true, nonEmpty: true },
        name: { kind: 'string', required: true, nonEmpty: true },
      },
    },
  },
};

export interface ParsedForm {
  form: DraftForm;
  source: YamlSource;
}

export function parseDraftForm(text: string, file: string): ParsedForm {
  return asParsed(readYaml(text, file, DRAFT_FORM_SHAPE));
}

/** The pane's form, checked as a YAML form is, without writing it out as YAML first. */
export function checkDraftForm(form: DraftForm, file = 'biểu mẫu'): ParsedForm {
  return asParsed(readData(form, file, DRAFT_FORM_SHAPE));
}

function asParsed(source: YamlSource): ParsedForm {
  const form = source.value as DraftForm;
  if (typeof form.number === 'number') form.number = String(form.number);
  return { form, source };
}

/** The form's declared fields (for the pane's generated form): the shape, read-only. */
export const DRAFT_FORM_FIELDS: Shape = DRAFT_FORM_SHAPE;
