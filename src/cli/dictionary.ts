import type { SyllableDictionary } from '../core/checks/types';

let loaded: Promise<SyllableDictionary | null> | null = null;

/**
 * The syllables of `dictionary-vi` (Hunspell's Vietnamese list), read once per process. The package
 * reads its files with node:fs at import, so it is loaded here, in the CLI, and handed to the checks;
 * absent or unreadable, the checks run without it (`misspelt-syllable` then stays silent).
 */
export function loadSyllables(): Promise<SyllableDictionary | null> {
  loaded ??= import('dictionary-vi')
    .then(({ default: dictionary }) => {
      // One NFC pass over the whole list, not one per word, and its words as they are (the count
      // first, a few names in capitals: the rule asks only for syllables in small letters).
      return new Set(new TextDecoder().decode(dictionary.dic).normalize('NFC').split(/\s+/));
    })
    .catch(() => null);
  return loaded;
}
