import { numberToRoman } from '../text/roman';
import { scanWordXml } from './scanXml';

/** One level of a list definition (`w:abstractNum/w:lvl`). */
interface Level {
  start: number;
  format: string;
  text: string;
  suffix: string;
  legal: boolean;
}

interface ListInstance {
  abstractId: string;
  /** `w:lvlOverride/w:startOverride`: the instance restarts these levels. */
  starts: Map<number, number>;
}

function letters(n: number): string {
  // Word's letter lists go a…z, then aa…zz, bbb… (the letter repeated).
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'upperRoman':
      return numberToRoman(n);
    case 'lowerRoman':
      return numberToRoman(n).toLowerCase();
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerLetter':
      return letters(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** A bullet as text: a printable dash or plus stays, a symbol-font glyph becomes "•". */
function bulletText(text: string): string {
  const ch = text.trim();
  if (ch === '') return '';
  const code = ch.codePointAt(0)!;
  return code >= 0xe000 && code <= 0xf8ff ? '•' : ch;
}

/**
 * Word's automatic list numbering (numbering.xml), so a hand-made plan numbered by Word reads
 * "I.", "1.", "a)" like a typed one. Counters advance in document order, one call per paragraph.
 */
export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly instances = new Map<string, ListInstance>();
  private readonly counters = new Map<string, (number | undefined)[]>();

  static parse(xml: string | null, source: string): Numbering {
    const numbering = new Numbering();
    if (xml) numbering.read(xml, source);
    return numbering;
  }

  /** The label of the next paragraph of list `numId` at level `ilvl`, suffix included, or null. */
  next(numId: string, ilvl: number): { label: string; suffix: string } | null {
    const instance = this.instances.get(numId);
    const levels = instance && this.abstracts.get(instance.abstractId);
    const level = levels?.get(ilvl);
    if (!instance || !levels || !level) return null;
    // Instances that restart a level count on their own; the others continue their definition's list.
    const key = instance.starts.size > 0 ? `n${numId}` : `a${instance.abstractId}`;
    let counts = this.counters.get(key);
    if (!counts) {
      counts = [];
      this.counters.set(key, counts);
    }
    const startOf = (l: number) => instance.starts.get(l) ?? levels.get(l)?.start ?? 1;
    counts[ilvl] = counts[ilvl] === undefined ? startOf(ilvl) : counts[ilvl]! + 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper++) counts[deeper] = undefined;
    if (level.format === 'bullet') return { label: bulletText(level.text), suffix: level.suffix };
    const label = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const l = Number(d) - 1;
      const def = levels.get(l);
      const value = counts![l] ?? startOf(l);
      return formatNumber(value, level.legal && l !== ilvl ? 'decimal' : (def?.format ?? 'decimal'));
    });
    return { label, suffix: level.suffix };
  }

  private read(xml: string, source: string): void {
    let abstract: Map<number, Level> | null = null;
    let level: Level | null = null;
    let instance: ListInstance | null = null;
    let overrideLevel = -1;
    scanWordXml(xml, 'word/numbering.xml', source, {
      open: (local, attr) => {
        switch (local) {
          case 'abstractNum': {
            abstract = new Map();
            this.abstracts.set(attr('abstractNumId') ?? '', abstract);
            return;
          }
          case 'lvl':
            if (abstract && overrideLevel < 0) {
              level = { start: 1, format: 'decimal', text: '', suffix: '\t', legal: false };
              abstract.set(Number(attr('ilvl') ?? 0), level);
            }
            return;
          case 'start':
            if (level) level.start = Number(attr('val') ?? 1) || 0;
            return;
          case 'numFmt':
            if (level) level.format = attr('val') ?? 'decimal';
            return;
          case 'lvlText':
            if (level) level.text = attr('val') ?? '';
            return;
          case 'suff':
            if (level) level.suffix = attr('val') === 'space' ? ' ' : attr('val') === 'nothing' ? '' : '\t';
            return;
          case 'isLgl':
            if (level) level.legal = true;
            return;
          case 'num':
            instance = { abstractId: '', starts: new Map() };
            this.instances.set(attr('numId') ?? '', instance);
            return;
          case 'abstractNumId':
            if (instance) instance.abstractId = attr('val') ?? '';
            return;
          case 'lvlOverride':
            overrideLevel = Number(attr('ilvl') ?? 0);
            return;
          case 'startOverride':
            if (instance && overrideLevel >= 0) instance.starts.set(overrideLevel, Number(attr('val') ?? 1));
            return;
        }
      },
      close: (local) => {
        if (local === 'abstractNum') abstract = null;
        else if (local === 'lvl') level = null;
        else if (local === 'num') instance = null;
        else if (local === 'lvlOverride') overrideLevel = -1;
      },
    });
  }
}
