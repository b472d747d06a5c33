/** Longest a reason may quote of the input before it is cut (an error line is read, not scrolled). */
const MAX_LINE = 400;

/**
 * An error message as one terminal line: line breaks (a file name may hold one) shown as "⏎",
 * other control characters dropped, and a long message cut with "…".
 */
export function oneLine(text: string, max = MAX_LINE): string {
  const flat = text.replace(/\r\n|[\r\n\u2028\u2029]/g, '⏎').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
  const chars = Array.from(flat);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : flat;
}
