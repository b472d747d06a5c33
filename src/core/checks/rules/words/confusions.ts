/**
 * Real words in the wrong place: a dictionary accepts each syllable, the collocation gives the
 * slip away. Each entry is a pattern (case-insensitive, on NFC text, `\b` a boundary of Vietnamese words), the words meant, and why.
 * Maintainers add entries here; a pattern must not match the correct phrase.
 */
export interface Confusion {
  /** Matches the wrong words only (lookarounds for the context). */
  pattern: string;
  /** What replaces the match (its first letter takes the case of the match's). */
  replace: string;
}

export const CONFUSIONS: readonly Confusion[] = [
  // "Phần đầu đến năm 2030 …", "Phần đầu bảo đảm tỷ lệ …": the verb "phấn đấu" mistyped.
  { pattern: String.raw`\bphần đầu(?=\s+(?:đến năm|đến hết|tới năm|đạt|bảo đảm|đảm bảo|hoàn thành|thực hiện|có\s|tăng|giảm|nâng|xây dựng|\d))`, replace: 'phấn đấu' },
  // "lãnh đạo và quản nhằm …": "quản lý" lost its second syllable.
  { pattern: String.raw`(?<=lãnh đạo(?:,| và)\s+)quản(?!\s+(?:lý|trị))\b`, replace: 'quản lý' },
  { pattern: String.raw`\bquản(?=\s+(?:nhà nước|nhằm)\b)`, replace: 'quản lý' },
  // Non-words and near-homophones of the administrative vocabulary.
  { pattern: String.raw`\bsử lý\b`, replace: 'xử lý' },
  { pattern: String.raw`\bgiám xát\b`, replace: 'giám sát' },
  { pattern: String.raw`\bxắp xếp\b`, replace: 'sắp xếp' },
  { pattern: String.raw`\bbổ xung\b`, replace: 'bổ sung' },
  { pattern: String.raw`\btrách nghiệm\b`, replace: 'trách nhiệm' },
  { pattern: String.raw`\bchủ chì\b`, replace: 'chủ trì' },
  { pattern: String.raw`\bđột suất\b`, replace: 'đột xuất' },
  { pattern: String.raw`\bxuất xắc\b`, replace: 'xuất sắc' },
  { pattern: String.raw`\bxử phạt hành chánh\b`, replace: 'xử phạt hành chính' },
  { pattern: String.raw`\bchuẩn đoán\b`, replace: 'chẩn đoán' },
  { pattern: String.raw`\bsáng kiếng\b`, replace: 'sáng kiến' },
];
