/**
 * A catalog id as the file names in templates/plans and templates/units are: lower-case letters,
 * digits and hyphens. A document is anyone's, so an id read from one is only ever this, never a
 * path (no separator, no "..").
 */
export function isCatalogId(id: string): boolean {
  return /^[a-z0-9](?:[a-z0-9-]{0,118}[a-z0-9])?$/.test(id);
}
