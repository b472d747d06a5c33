/**
 * Pre-Unicode Vietnamese encodings (kh-structure.md defect 13). TCVN3 (ABC, ".VnTime" fonts)
 * stores accented letters as Latin-1 symbols (á = "¸", à = "µ", ă = "¨", đ = "®" …); VNI-Windows
 * writes a base letter followed by a mark letter ("aù" = á, "ö" = ư, "ñ" = đ). Real Unicode
 * Vietnamese almost never contains those symbols, so their share of the letters tells the encoding.
 */

export type LegacyEncoding = 'TCVN3' | 'VNI';

// Latin-1 symbols U+00A1–U+00BF: TCVN3's lower-case accented letters live there.
const TCVN3_MARK = /[\u00a1-\u00bf]/g;
// Latin-1 letters that are not Vietnamese but are VNI's marks (ø à, û ả, ï ạ, ö ư, ñ đ …).
const VNI_MARK = /[øïñöûÿåäëæçØÏÑÖÛ]/g;
const LETTER = /\p{L}/gu;
// Precomposed Vietnamese letters (ạ … ỹ): plenty of them means real Unicode text.
const UNICODE_VIETNAMESE = /[\u1ea0-\u1ef9ơưƠƯđĐăĂ]/g;

const MIN_SHARE = 0.03;
const MIN_COUNT = 3;

export interface LegacyEncodingHit {
  encoding: LegacyEncoding;
  /** 1-based line of the first tell-tale character. */
  line: number;
  /** Share of the letters that are legacy marks. */
  share: number;
}

function count(text: string, re: RegExp): number {
  let n = 0;
  re.lastIndex = 0;
  while (re.exec(text)) n++;
  return n;
}

/** TCVN3 or VNI when the text reads like one of them, else null. */
export function detectLegacyEncoding(text: string): LegacyEncodingHit | null {
  // The marks are rare in Unicode text: count them first, and the letters only when there are some.
  const marks = [['TCVN3', count(text, TCVN3_MARK)], ['VNI', count(text, VNI_MARK)]] as const;
  if (marks.every(([, n]) => n < MIN_COUNT)) return null;
  const letters = count(text, LETTER);
  if (letters === 0) return null;
  const unicode = count(text, UNICODE_VIETNAMESE);
  for (const [encoding, n] of marks) {
    const share = n / letters;
    if (n >= MIN_COUNT && share >= MIN_SHARE && n > unicode) {
      const re = encoding === 'TCVN3' ? TCVN3_MARK : VNI_MARK;
      re.lastIndex = 0;
      const first = text.search(re);
      const line = text.slice(0, first).split('\n').length;
      return { encoding, line, share };
    }
  }
  return null;
}

/** The Vietnamese name users know the encoding by, for messages. */
export function legacyEncodingName(encoding: LegacyEncoding): string {
  return encoding === 'TCVN3' ? 'TCVN3 (ABC, phông .VnTime)' : 'VNI-Windows (phông VNI-Times)';
}

/**
 * Fonts of the pre-Unicode encodings: ABC/TCVN3 (`.VnTime`, `.VnArialH` …) and VNI (`VNI-Times`,
 * `VNI-Helve` …). Text set in them reads as mojibake once the font is gone.
 */
const LEGACY_FONT = /^(?:\.vn|vni[-_\s]|vn[-\s]?times|tcvn)/i;

export function isLegacyVietnameseFont(font: string): boolean {
  return LEGACY_FONT.test(font.trim());
}

/** The encoding a legacy font implies: the ".Vn" and "TCVN" fonts are TCVN3, the rest VNI. */
export function legacyFontEncoding(font: string): LegacyEncoding {
  return /^\s*(?:\.vn|tcvn)/i.test(font) ? 'TCVN3' : 'VNI';
}
