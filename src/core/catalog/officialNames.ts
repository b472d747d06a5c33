/**
 * Official names of bodies, titles and laws as NĐ 30 Phụ lục II capitalises them
 * (`templates/catalog/names.yaml`), for the `official-name` rule. The built-in list is the YAML
 * read and checked at build time (`generated/names.ts`), so the pane and `kh check` skip the parser.
 */
import { NAMES_DATA } from './generated/names';

/** The names file's content once read and checked. */
export interface OfficialNamesData {
  names: string[];
}

/** The names shipped in templates/catalog/names.yaml. */
export function officialNames(): readonly string[] {
  return NAMES_DATA.names;
}
