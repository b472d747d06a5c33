/**
 * TCVN3 and VNI text to Unicode and back, from the tables in `legacyTables.ts`. A run's font says
 * which encoding it is in (`legacyFontEncoding`), and a TCVN3 capitals font (`.VnTimeH`) that
 * the same codes are capitals.
 */
import { isLegacyVietnameseFont, legacyFontEncoding, type LegacyEncoding } from './legacyEncoding';
import { TCVN3, VNI } from './legacyTables';

export interface LegacyFace {
  encoding: LegacyEncoding;
  /** A TCVN3 capitals font (`.VnTimeH`, `.VnArialH`): every letter shows as a capital. */
  capitals?: boolean;
}

const TCVN3_DECODE = new Map(TCVN3.map(([u, t]) => [t, u]));
const TCVN3_ENCODE = new Map(TCVN3);
const VNI_DECODE = new Map(VNI.map(([u, v]) => [v, u]));
const VNI_ENCODE = new Map(VNI);

/** TCVN3 or VNI text as Unicode (NFC); characters that are no legacy code stay as they are. */
export function legacyToUnicode(text: string, face: LegacyFace): string {
  let out = '';
  if (face.encoding === 'TCVN3') {
    for (const ch of text) out += TCVN3_DECODE.get(ch) ?? ch;
    // A capitals font draws every code, ASCII included, as a capital.
    return face.capitals ? out.toLocaleUpperCase('vi') : out;
  }
  // VNI: a base letter and its mark are one letter; try the pair first ("ôù" ớ before "ô" ơ).
  for (let i = 0; i < text.length; i++) {
    const pair = VNI_DECODE.get(text.slice(i, i + 2));
    if (pair) {
      out += pair;
      i++;
    } else out += VNI_DECODE.get(text[i]) ?? text[i];
  }
  return out;
}

/**
 * Unicode text as the legacy font stores it (tests and fixtures). Throws on a letter the font has
 * no code for: a capital with a mark in a TCVN3 font that is not a capitals font.
 */
export function unicodeToLegacy(text: string, face: LegacyFace): string {
  const nfc = text.normalize('NFC');
  let out = '';
  if (face.encoding === 'TCVN3') {
    for (const ch of face.capitals ? nfc.toLocaleLowerCase('vi') : nfc) {
      const code = TCVN3_ENCODE.get(ch);
      if (code === undefined && ch !== ch.toLowerCase() && TCVN3_ENCODE.has(ch.toLowerCase())) throw new RangeError(`"${ch}" has no TCVN3 code outside a capitals font (.VnTimeH)`);
      out += code ?? ch;
    }
    return out;
  }
  for (const ch of nfc) out += VNI_ENCODE.get(ch) ?? ch;
  return out;
}

/** The encoding and case a legacy font implies: `.VnTimeH` is TCVN3 capitals, `VNI-Times` VNI. */
export function legacyFace(font: string): LegacyFace | null {
  const name = font.trim();
  if (!isLegacyVietnameseFont(name)) return null;
  const encoding = legacyFontEncoding(name);
  return encoding === 'TCVN3' ? { encoding, capitals: /H$/.test(name) } : { encoding };
}
