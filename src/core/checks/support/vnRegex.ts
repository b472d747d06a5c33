import { WORD_CHAR } from '../../text/letters';

/** A word boundary that knows Vietnamese letters (JavaScript's `\b` stops at "ả", "đ" …). */
const BOUNDARY = `(?:(?<![${WORD_CHAR}])(?=[${WORD_CHAR}])|(?<=[${WORD_CHAR}])(?![${WORD_CHAR}]))`;

/**
 * A regex whose Vietnamese word boundaries are compiled only for a text that could match: each
 * boundary is four lookarounds over a class of some hundred ranges, and compiling a pattern with
 * them (~0.4 ms; it was ~20 ms with `\p{L}`) is still most of what a rule costs on a short plan, so
 * the same pattern without its boundaries, which matches a superset and costs a tenth of a
 * millisecond, screens each text first, and the whole pattern is built the first time a text
 * passes. Most texts name none of a rule's words and never pay for it.
 * The object itself is the screen's regex; `exec` (which `test`, `match`, `replace` call) and
 * `split`, `matchAll`, `source` answer with the whole pattern.
 */
class VnRegExp extends RegExp {
  private whole: RegExp | null = null;
  private readonly screen: RegExp;

  constructor(
    private readonly wholeSource: string,
    looseSource: string,
    flags: string,
  ) {
    super(looseSource, flags);
    // The screen answers "anywhere in the text?": never global or sticky, so it keeps no lastIndex.
    this.screen = new RegExp(looseSource, flags.replace(/[gy]/g, ''));
  }

  private strict(): RegExp {
    this.whole ??= new RegExp(this.wholeSource, this.flags);
    return this.whole;
  }

  override exec(text: string): RegExpExecArray | null {
    if (!this.screen.test(text)) {
      // What a failed exec does to a global or sticky regex.
      if (this.global || this.sticky) this.lastIndex = 0;
      return null;
    }
    const re = this.strict();
    re.lastIndex = this.lastIndex;
    const m = re.exec(text);
    this.lastIndex = re.lastIndex;
    return m;
  }

  override get source(): string {
    return this.strict().source;
  }

  override [Symbol.split](text: string, limit?: number): string[] {
    return this.strict()[Symbol.split](text, limit);
  }

  override [Symbol.matchAll](text: string): RegExpStringIterator<RegExpExecArray> {
    const re = new RegExp(this.wholeSource, this.flags);
    re.lastIndex = this.lastIndex;
    return re[Symbol.matchAll](text);
  }
}

/**
 * `pattern` with each `\b` (outside a character class) as a Vietnamese boundary, and without it
 * for the screen; no screen when a `\b` stands inside a negative lookaround, where dropping it
 * would make the screen match less, not more.
 */
function sources(pattern: string): { strict: string; loose: string | null } {
  let strict = '';
  let loose: string | null = '';
  const negative: boolean[] = [];
  const copy = (s: string) => {
    strict += s;
    if (loose !== null) loose += s;
  };
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const escaped = pattern.slice(i, i + 2);
      if (escaped === '\\b') {
        strict += BOUNDARY;
        if (negative.includes(true)) loose = null;
      } else copy(escaped);
      i++;
    } else if (c === '[') {
      // A class is copied whole: `[\b]` is a backspace, and `(` or `)` in it opens nothing.
      let j = i + 1;
      while (j < pattern.length && pattern[j] !== ']') j += pattern[j] === '\\' ? 2 : 1;
      copy(pattern.slice(i, j + 1));
      i = j;
    } else {
      if (c === '(') negative.push(pattern.startsWith('(?!', i) || pattern.startsWith('(?<!', i));
      else if (c === ')') negative.pop();
      copy(c);
    }
  }
  return { strict, loose };
}

/** A case-insensitive Unicode regex from a pattern written with `\b`, which here means a Vietnamese word boundary. */
export function vnRegex(pattern: string, flags = 'iu'): RegExp {
  const { strict, loose } = sources(pattern);
  return loose === null ? new RegExp(strict, flags) : new VnRegExp(strict, loose, flags);
}

/** `replacement` with its first letter in the case of `original`'s first letter. */
export function matchCase(original: string, replacement: string): string {
  const first = original.charAt(0);
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}
