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
      const words = new TextDecoder().decode(dictionary.dic).split('\n').slice(1);
      return new Set(words.map((w) => w.trim().normalize('NFC')).filter((w) => w && w === w.toLowerCase()));
    })
    .catch(() => null);
  return loaded;
}
