/**
 * Straight double quotes in pairs as Vietnamese typography writes them (“…”), so a message built
 * from a rule's words and the pane's own reads with one kind of quote. A lone quote stays as it is.
 */
export function curlyQuotes(text: string): string {
  return text.replace(/"([^"\n]*)"/g, '“$1”');
}
