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
      // One NFC pass over the whole list, not one per word: a third of the load's time on a cold start.
      const words = new TextDecoder().decode(dictionary.dic).normalize('NFC').split('\n').slice(1);
      return new Set(words.map((w) => w.trim()).filter((w) => w && w === w.toLowerCase()));
    })
    .catch(() => null);
  return loaded;
}
