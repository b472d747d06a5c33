/**
 * Tone placement in "oa", "oe", "uy" at the end of a syllable: the old style puts the mark on the
 * second vowel ("hoà", "Uỷ"), the new style on the first ("hòa", "Ủy"). Both are correct
 * Vietnamese; a plan should keep to one, and a reader must treat them as the same word.
 */
import { LETTER } from './letters';

const TONES = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const PAIRS: [string, string][] = [['o', 'a'], ['o', 'e'], ['u', 'y'], ['O', 'A'], ['O', 'E'], ['U', 'Y'], ['O', 'a'], ['O', 'e'], ['U', 'y']];

const toNew = new Map<string, string>();
const toOld = new Map<string, string>();
for (const [a, b] of PAIRS) {
  for (const t of TONES) {
    const oldForm = (a + (b + t).normalize('NFC')).normalize('NFC');
    const newForm = ((a + t).normalize('NFC') + b).normalize('NFC');
    toNew.set(oldForm, newForm);
    toOld.set(newForm, oldForm);
  }
}

// The pair must end the syllable (no final consonant after it) and not follow "q" ("quý" is not "qúy").
const OLD_RE = new RegExp(`(?<![qQ])(${[...toNew.keys()].join('|')})(?![${LETTER}])`, 'gu');
const NEW_RE = new RegExp(`(?<![qQ])(${[...toOld.keys()].join('|')})(?![${LETTER}])`, 'gu');

/** "hoà" → "hòa", "Uỷ" → "Ủy"; other text unchanged. */
export function toNewTonePlacement(text: string): string {
  return text.normalize('NFC').replace(OLD_RE, (m) => toNew.get(m) ?? m);
}

/** "hòa" → "hoà", "Ủy" → "Uỷ"; other text unchanged. */
export function toOldTonePlacement(text: string): string {
  return text.normalize('NFC').replace(NEW_RE, (m) => toOld.get(m) ?? m);
}

/** Which styles a text uses, so a check can say "Uỷ" and "Ủy" are mixed. */
export function tonePlacementStyles(text: string): { old: number; new: number } {
  const nfc = text.normalize('NFC');
  return { old: nfc.match(OLD_RE)?.length ?? 0, new: nfc.match(NEW_RE)?.length ?? 0 };
}
