/**
 * NĐ 30/2020 layout in OOXML units (twips = 1/20 pt; half-points for sizes), decided once here so
 * every block type takes its formatting from one place.
 */
export const TWIPS_PER_MM = 1440 / 25.4;
const mm = (v: number) => Math.round(v * TWIPS_PER_MM);

export const PAGE = {
  width: 11906,
  height: 16838,
  marginTop: mm(20),
  marginBottom: mm(20),
  marginLeft: mm(30),
  marginRight: mm(15),
  header: mm(10),
  footer: mm(10),
} as const;

/** Width between the margins: what a full-width table spans. */
export const TEXT_WIDTH = PAGE.width - PAGE.marginLeft - PAGE.marginRight;

export const FONT = 'Times New Roman';

export const SIZE = {
  body: 14,
  header: 13,
  motto: 14,
  placeDate: 14,
  recipientsLabel: 12,
  recipients: 11,
} as const;

/** 1.27 cm first-line indent of body paragraphs. */
export const FIRST_LINE = 720;
/** 6 pt between body paragraphs. */
export const SPACE_AFTER = 120;
/** 1.2 lines (in 240ths of a line): inside the decree's single-to-1.5 range. */
export const LINE = 288;

/** The header and signature tables: left column, right column. */
export const HEADER_COLUMNS = [3600, TEXT_WIDTH - 3600] as const;
export const SIGNATURE_COLUMNS = [4400, TEXT_WIDTH - 4400] as const;

/** Rule lengths: under the issuing body, under the motto (as long as it), under the subject. */
export const RULE = { issuer: 1300, motto: 3260, subject: 2400 } as const;

export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';
