/**
 * What templates render to and the OOXML writer formats: content with its role, no layout.
 * Formatting (NĐ 30 sizes, indents, tables) is decided in `src/core/ooxml/` from the block type,
 * so a template never carries OOXML.
 */

/** Tags of the fields the checker must find again; inserted as content controls. */
export type FieldTag =
  | 'kh:lead'
  | 'kh:cooperating'
  | 'kh:timing'
  | 'kh:report-deadline'
  | 'kh:parent-citation'
  | 'kh:target';

export interface Inline {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Wrap this run in a content control with the tag. */
  field?: FieldTag;
}

export type Block =
  /** Boxes 1–4: cơ quan chủ quản / ban hành, Số, on the left; Quốc hiệu, Tiêu ngữ, địa danh and date on the right. */
  | { type: 'header'; parentBody: string | null; issuer: string; number: string; placeDate: string }
  /** Box 5a: "KẾ HOẠCH". */
  | { type: 'doc-kind'; text: string }
  /** Box 5a trích yếu: bold, with a short rule under it. */
  | { type: 'subject'; text: string }
  /** A Căn cứ / Thực hiện line of the preamble (italic for Căn cứ). */
  | { type: 'basis'; inlines: Inline[]; italic?: boolean }
  /** "I. MỤC ĐÍCH, YÊU CẦU": typed numbering, upper case, bold. */
  | { type: 'section'; numeral: string; title: string }
  /** "1. Mục đích" (bold when titled) or "a) …" (upright). */
  | { type: 'item'; marker: string; inlines: Inline[]; bold?: boolean }
  /** Body paragraph: justified, first-line indent. */
  | { type: 'paragraph'; inlines: Inline[] }
  /** Nơi nhận on the left, quyền hạn / chức vụ / name on the right. */
  | { type: 'signature'; recipients: string[]; authority: string[]; title: string; name: string };
