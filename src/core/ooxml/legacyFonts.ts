/**
 * Fonts of the pre-Unicode Vietnamese encodings: ABC/TCVN3 (`.VnTime`, `.VnArialH` …) and VNI
 * (`VNI-Times`, `VNI-Helve` …). Text set in them reads as mojibake once the font is gone.
 */
const LEGACY_FONT = /^(\.vn|vni[-\s]|vn[-\s]?times|tcvn)/i;

export function isLegacyVietnameseFont(font: string): boolean {
  return LEGACY_FONT.test(font.trim());
}
