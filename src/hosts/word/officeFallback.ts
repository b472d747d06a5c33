/**
 * Runs right after the tag that loads Office.js from Microsoft's CDN (ES5, no module): where a
 * firewall or a proxy blocked it, the copy the add-in serves itself (`office-js/`, from the
 * `@microsoft/office-js` package) is loaded in its place, before the pane's bundle runs.
 */
declare const Office: unknown;

if (typeof Office === 'undefined') {
  // A parser-inserted script may write the next one: it runs before the deferred pane bundle.
  document.write('<script src="office-js/office.js"><\/script>');
}
export {};
