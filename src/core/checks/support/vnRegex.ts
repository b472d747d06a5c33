/** A word boundary that knows Vietnamese letters (JavaScript's `\b` stops at "ả", "đ" …). */
const BOUNDARY = String.raw`(?:(?<![\p{L}\p{M}\d])(?=[\p{L}\p{M}\d])|(?<=[\p{L}\p{M}\d])(?![\p{L}\p{M}\d]))`;

/** A case-insensitive Unicode regex from a pattern written with `\b`, which here means a Vietnamese word boundary. */
export function vnRegex(pattern: string, flags = 'iu'): RegExp {
  return new RegExp(pattern.replace(/\\b/g, BOUNDARY), flags);
}

/** `replacement` with its first letter in the case of `original`'s first letter. */
export function matchCase(original: string, replacement: string): string {
  const first = original.charAt(0);
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}
