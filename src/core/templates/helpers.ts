/**
 * The helpers a template can call. Each reads plain values (the renderer's protective markers
 * removed) and throws a TemplateRenderError with the call's line and column on bad input.
 */
import type { FieldTag } from '../blocks';
import { FIELD_CLOSE, FIELD_OPEN, FIELD_SEP, plain, protectValue } from './markers';
import { diem } from '../text/pointLetters';
import { roman } from '../text/roman';
import type { HelperFn } from './templateSet';
import { dateBox4, dateLong, dateShort } from '../text/dates';

/** Where a helper was called, 1-based line and column in the template. */
export interface TemplatePlace {
  line: number;
  column: number;
}

export class TemplateRenderError extends Error {
  constructor(message: string, readonly place: TemplatePlace | null, readonly messageEn: string) {
    super(message);
    this.name = 'TemplateRenderError';
  }
}

interface HelperOptions {
  fn?: (context: unknown) => string;
  hash: Record<string, unknown>;
  loc?: { start: { line: number; column: number } };
  name: string;
}

/** The fields the checker finds again, by the short name templates use. */
const FIELD_TAGS: Record<string, FieldTag> = {
  lead: 'kh:lead',
  cooperating: 'kh:cooperating',
  timing: 'kh:timing',
  'report-deadline': 'kh:report-deadline',
  'parent-citation': 'kh:parent-citation',
  target: 'kh:target',
};

const placeOf = (o: HelperOptions): TemplatePlace | null => (o.loc ? { line: o.loc.start.line, column: o.loc.start.column + 1 } : null);

/** Handlebars passes its options object last. */
function split(args: unknown[]): { params: unknown[]; options: HelperOptions } {
  return { params: args.slice(0, -1).map(plain), options: args[args.length - 1] as HelperOptions };
}

function helper(name: string, arity: number, body: (params: unknown[], options: HelperOptions) => unknown): HelperFn {
  return (...args: unknown[]) => {
    const { params, options } = split(args);
    if (params.length < arity) {
      throw new TemplateRenderError(`helper "${name}" cần ${arity} tham số, mới có ${params.length}`, placeOf(options), `helper "${name}" needs ${arity} arguments`);
    }
    try {
      return body(params, options);
    } catch (e) {
      if (e instanceof TemplateRenderError) throw e;
      throw new TemplateRenderError(`helper "${name}": ${(e as Error).message}`, placeOf(options), `helper "${name}" failed`);
    }
  };
}

const asNumber = (v: unknown, what: string): number => {
  const n = typeof v === 'number' ? v : Number(v);
  if (!Number.isFinite(n)) throw new Error(`${what} phải là số, không phải ${JSON.stringify(v)}`);
  return n;
};

const asDate = (v: unknown): string => {
  if (typeof v !== 'string') throw new Error(`cần một ngày dạng YYYY-MM-DD, không phải ${JSON.stringify(v)}`);
  return v;
};

export const HELPERS: Record<string, HelperFn> = {
  /** Strict mode for helper arguments (see strictParams.ts). */
  need: (...args: unknown[]) => {
    const options = args[args.length - 1] as HelperOptions;
    const value = args[0];
    if (value === undefined) {
      const name = String(plain(options.hash.name));
      throw new TemplateRenderError(`trường "${name}" không có trong dữ liệu`, placeOf(options), `field "${name}" is missing from the data`);
    }
    return value;
  },
  /** `{{field "lead" task.lead}}` or `{{#field "parent-citation"}}…{{/field}}`: a tagged field. */
  field: function (this: unknown, ...args: unknown[]) {
    const { params, options } = split(args);
    const tag = FIELD_TAGS[String(params[0])];
    if (!tag) {
      throw new TemplateRenderError(`không có trường "${String(params[0])}"; dùng một trong: ${Object.keys(FIELD_TAGS).join(', ')}`, placeOf(options), `unknown field "${String(params[0])}"`);
    }
    let inner: string;
    if (options.fn && params.length === 1) inner = options.fn(this);
    else if (params.length >= 2) inner = params[1] == null ? '' : protectValue(String(params[1]));
    else throw new TemplateRenderError(`trường "${String(params[0])}" cần một giá trị: {{field "${String(params[0])}" giá_trị}}`, placeOf(options), 'field needs a value');
    return FIELD_OPEN + tag + FIELD_SEP + inner + FIELD_CLOSE;
  },
  /** `12/5/2026`. */
  dateShort: helper('dateShort', 1, ([d]) => dateShort(asDate(d))),
  /** `ngày 12 tháng 5 năm 2026`. */
  dateLong: helper('dateLong', 1, ([d]) => dateLong(asDate(d))),
  /** `ngày 05 tháng 6 năm 2026` (NĐ 30 box 4). */
  dateBox4: helper('dateBox4', 1, ([d]) => dateBox4(asDate(d))),
  /** `{{roman 4}}` → IV. */
  roman: helper('roman', 1, ([n]) => roman(asNumber(n, 'số La Mã'))),
  /** `{{diem @index}}` → a, b, … đ …, from a 0-based position. */
  diem: helper('diem', 1, ([i]) => diem(asNumber(i, 'vị trí điểm'))),
  /** `{{inc @index}}` → 1-based number for khoản. */
  inc: helper('inc', 1, ([i]) => asNumber(i, 'số thứ tự') + 1),
  upper: helper('upper', 1, ([s]) => protectValue(String(s ?? '').toLocaleUpperCase('vi'))),
  lower: helper('lower', 1, ([s]) => protectValue(String(s ?? '').toLocaleLowerCase('vi'))),
  /** First letter upper case, for a name opening a sentence ("Các cơ quan, đơn vị, thôn …"). */
  ucfirst: helper('ucfirst', 1, ([s]) => {
    const t = String(s ?? '');
    return protectValue(t.charAt(0).toLocaleUpperCase('vi') + t.slice(1));
  }),
  /** First letter lower case, for a trích yếu used mid-sentence ("về thực hiện Chương trình …"). */
  lcfirst: helper('lcfirst', 1, ([s]) => {
    const t = String(s ?? '');
    return protectValue(t.charAt(0).toLocaleLowerCase('vi') + t.slice(1));
  }),
  /** `{{measure 62.5 "%"}}` → `62,5%`; other units after a space (`3 lớp`). */
  measure: helper('measure', 2, ([v, unit]) => {
    const n = asNumber(v, 'giá trị chỉ tiêu');
    const text = String(n).replace('.', ',');
    const u = String(unit ?? '');
    return protectValue(u === '%' || u === '' ? `${text}${u}` : `${text} ${u}`);
  }),
  eq: helper('eq', 2, ([a, b]) => a === b),
  /** `{{join units ", "}}`. */
  join: helper('join', 1, ([list, sep]) => {
    if (!Array.isArray(list)) throw new Error('cần một danh sách');
    return protectValue(list.map((x) => plain(String(x))).join(typeof sep === 'string' ? sep : ', '));
  }),
};
