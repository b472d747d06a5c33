import type { ReplaceTextFix } from '../types';

/**
 * A replace fix for `text.slice(at, at + length)` → `replacement`. Hosts replace the first
 * occurrence of `find`, so the span grows word by word to the right (then the left) until it occurs
 * once in the paragraph: the second "quản" of "quản lý … quản nhằm" is the one changed.
 */
export function replaceFix(paragraph: number, text: string, at: number, length: number, replacement: string, label: ReplaceTextFix['label']): ReplaceTextFix {
  let start = at;
  let end = at + length;
  const unique = () => {
    const find = text.slice(start, end);
    return text.indexOf(find) === start && text.indexOf(find, start + 1) === -1;
  };
  while (!unique() && end < text.length) {
    const next = text.slice(end).search(/\s\S/);
    end = next < 0 ? text.length : end + next + 1;
    const word = /^\S+/.exec(text.slice(end));
    if (word) end += word[0].length;
  }
  while (!unique() && start > 0) {
    const before = text.slice(0, start).search(/\S+\s*$/);
    start = before < 0 ? 0 : before;
  }
  return {
    kind: 'replace-text',
    paragraph,
    find: text.slice(start, end),
    replace: text.slice(start, at) + replacement + text.slice(at + length, end),
    label,
  };
}
