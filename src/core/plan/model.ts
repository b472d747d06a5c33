/**
 * The plan as read from a document. Field names follow the `kh extract --json` contract of
 * DESIGN.md; the extra fields (paragraph positions, items, field sources) serve the checks and
 * are dropped by the extract printer. Dates are ISO `YYYY-MM-DD`; what the document lacks is
 * `null` or `[]`.
 */

import type { BodyLevel } from '../catalog/bodies';
import type { DatePeriod } from '../text/dates';

export type SectionKind = 'purpose' | 'objectives' | 'tasks' | 'budget' | 'organization' | 'reporting' | 'other';

export interface Reference {
  /** Document type as cited: `QĐ`, `KH`, `NQ`, `CT`, `Luật` … (`null` when it cannot be told). */
  type: string | null;
  /** As printed, e.g. `163/KH-UBND`, `14-KH/TU`. */
  number: string;
  date: string | null;
  issuer: string | null;
  /** The trích yếu of the cited document, when the citation gives one. */
  subject?: string | null;
  paragraph: number;
  /** The words that introduce it: `Căn cứ`, `Thực hiện`, `Triển khai`. */
  verb?: string;
}

/** A numbered or bulleted item inside a section (`1.`, `1.1.`, `a)`, `-`, `+`). */
export interface Item {
  /** Dotted path from the section numeral: `III.1.a`, `III.3.1`, `V.2.-3` for bullets. */
  path: string;
  /** The marker as printed: `1.`, `3.1.`, `a)`, `-`. */
  marker: string;
  /** Text after the marker on the item's first paragraph. */
  title: string;
  paragraph: number;
  /** Last paragraph that belongs to this item (inclusive). */
  endParagraph: number;
  children: Item[];
}

export type FieldKind = 'lead' | 'cooperating' | 'timing';

export interface TaskField {
  value: string;
  /** The label as printed (`Cơ quan thực hiện`), or `chủ trì` for the inline form. */
  label: string;
  paragraph: number;
  /** `heading`: the unit a heading above the task names ("2.1. Sở Tài chính"). */
  source: 'label' | 'inline' | 'table' | 'control' | 'heading';
}

export interface Task {
  path: string;
  title: string;
  lead: string | null;
  cooperating: string | null;
  timing: string | null;
  paragraph: number;
  endParagraph: number;
  fields: Partial<Record<FieldKind, TaskField>>;
  /** Where the task came from: an item of the tasks section, or a row of an appendix table. */
  source: 'item' | 'table';
}

export interface Target {
  text: string;
  /** The indicator in words, as far as it can be told (`lãnh đạo chủ chốt là nữ`). */
  indicator?: string;
  value: number;
  unit: string;
  year: number | null;
  paragraph: number;
}

export type Recurrence = 'yearly' | 'half-yearly' | 'quarterly' | 'monthly' | 'once' | null;

export interface ReportingDeadline {
  /** From `trước ngày` / `chậm nhất ngày` to the end of the date expression. */
  text: string;
  day: number | null;
  month: number | null;
  year: number | null;
  recurrence: Recurrence;
  /** Every day/month the phrase names (`trước ngày 01/6 và 15/11 hằng năm` has two). */
  dates?: { day: number; month: number | null; year: number | null }[];
  /** The deadline as a period: a day ("30/11"), or a month or quarter ("chậm nhất trong tháng 8 hằng năm", "trong quý III/2026"), where `day` is null. */
  period?: DatePeriod;
  paragraph: number;
}

export interface Signer {
  /** TM./KT./Q./TL./TUQ. lines joined with one space. */
  authority: string | null;
  title: string | null;
  name: string | null;
  paragraph?: number;
}

export interface Section {
  numeral: string;
  title: string;
  /** The kind its title names first. */
  kind: SectionKind;
  /** Every kind its title names, in order: "IV. TỔ CHỨC THỰC HIỆN, CHẾ ĐỘ THÔNG TIN BÁO CÁO" is organisation and reporting. */
  kinds: SectionKind[];
  paragraph: number;
  endParagraph: number;
  items: Item[];
  /** In a plan printed in parts ("Phần thứ nhất", "Phần thứ hai"), the part (1, 2 …): numbering starts again at I in each. */
  part?: number;
}

/** `unit-heading`: leads come from headings that name units ("2.1. Sở Tài chính"), not from labels. */
export type TaskLabelStyle = 'per-task' | 'table' | 'none' | 'mixed' | 'unit-heading';

/** A place the reader found: the paragraph, and the line there as printed (emphasis marks removed). */
export interface Place {
  paragraph: number;
  text: string;
}

/** The header's boxes (NĐ 30 boxes 1–5), each where the reader found it, `null` when the document lacks it. */
export interface HeaderPlaces {
  /** Cơ quan chủ quản, above the issuer ("UBND TỈNH LÀO CAI" over "SỞ CÔNG THƯƠNG"): its first line. */
  parentBody: Place | null;
  /** Cơ quan ban hành: its first line. */
  issuer: Place | null;
  /** "Số: 12/KH-UBND" (a draft's "Số:   /KH-UBND" too). */
  number: Place | null;
  /** "Đồng Việt, ngày … tháng … năm …" (a draft's blank day too). */
  dateLine: Place | null;
  /** The tên loại: "KẾ HOẠCH", "QUYẾT ĐỊNH" … */
  kindLine: Place | null;
  /** The trích yếu, its lines joined; `lastParagraph` is where it ends. */
  title: (Place & { lastParagraph: number }) | null;
}

/** The closing (boxes 7 and 9b), each part where the reader found it. */
export interface ClosingPlaces {
  /** The "Nơi nhận:" line; found anywhere in the document when the closing itself has none. */
  recipientsHeading: Place | null;
  /** Each recipient, without its bullet ("Như mục IV;"), in order. */
  recipients: Place[];
  /** "- Lưu: VT, …"; found anywhere in the document when the closing itself has none. */
  archiveLine: Place | null;
  /** The first line of the signature block (TM./KT. line, or the title). */
  signature: Place | null;
}

/** A sentence that asks for reports ("Chế độ báo cáo", "báo cáo kết quả … về UBND xã"). */
export interface ReportingClause extends Place {
  /** Reports due within the day ("báo cáo 02 lần/ngày (trước 9h00 và 16h00)"): a deadline the reader does not list, but a deadline. */
  withinDay: boolean;
}

export interface Plan {
  /** The document's kind (NĐ 30 Phụ lục III): `KH`, `QĐ`, `BC`, `CV` …; null when it does not say. */
  kind: string | null;
  /** `Kế hoạch`, `Báo cáo` … as the tên loại names it. */
  kindName: string | null;
  /** Whether the plan rules apply: a Kế hoạch, or a Chương trình / Đề án laid out as one (documentKind.ts). */
  checkedAsPlan: boolean;
  /**
   * `party`: a Party document (HD 36-HD/VPTW: "ĐẢNG CỘNG SẢN VIỆT NAM" instead of the Quốc hiệu);
   * `appendix`: an appendix saved on its own ("Phụ lục I / (Kèm theo Quyết định …)"), with no header
   * or date line of its own. Absent for a state document as NĐ 30 lays it out.
   */
  form?: 'party' | 'appendix';
  /**
   * The width the text was hard-wrapped at (a printed or PDF copy pasted line by line, each line a
   * paragraph); absent when its paragraphs are its own. The reader joins such lines (lines.ts).
   */
  hardWrapWidth?: number;
  /** The issuer's level from the catalog of bodies (`tinh`, `xa` …), else the level of the body it is named under, or null. */
  level: BodyLevel | null;
  number: string | null;
  date: string | null;
  place: string | null;
  issuer: string | null;
  parentBody: string | null;
  title: string | null;
  references: Reference[];
  sections: Section[];
  tasks: Task[];
  targets: Target[];
  reporting: ReportingDeadline[];
  signer: Signer | null;
  recipients: string[];
  archiveLine: string | null;
  /** Giai đoạn the plan covers, when its title or body names one (`2026-2030`). */
  period: { from: number; to: number } | null;
  taskLabelStyle: TaskLabelStyle;
  /** Paragraphs of the header fields, for findings and for the pane to jump to. */
  at: {
    number?: number;
    date?: number;
    title?: number;
    /** First and last paragraph of the preamble (Căn cứ … up to section I). */
    preamble?: [number, number];
    recipients?: number;
    archiveLine?: number;
    signer?: number;
  };
  /** Raw date line as printed (`Đồng Việt, ngày   tháng 5 năm 2026`). */
  dateText: string | null;
  /** Where the header's boxes are: rules read these, not the paragraphs. */
  header: HeaderPlaces;
  /** Where Nơi nhận, its recipients, the Lưu line and the signature are. */
  closing: ClosingPlaces;
  /** Every paragraph that asks for reports, in document order (the preamble's too). */
  reportingClauses: ReportingClause[];
}
