import type { ParagraphFormat, RunFormat } from '../snapshot';
import { onOff } from './scanXml';

/** Run font as `w:rFonts` gives it: a name, or a theme slot resolved later against theme1.xml. */
export interface RunProps extends RunFormat {
  fontTheme?: string;
}

const TWIPS_PER_CM = 1440 / 2.54;

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Applies one child element of `w:rPr` to `props`; true when it was a property we track. */
export function applyRunProperty(props: RunProps, local: string, attr: (n: string) => string | undefined): void {
  switch (local) {
    case 'b':
      props.bold = onOff(attr('val'));
      break;
    case 'i':
      props.italic = onOff(attr('val'));
      break;
    case 'caps':
      props.allCaps = onOff(attr('val'));
      break;
    case 'sz': {
      const half = Number(attr('val'));
      if (Number.isFinite(half) && half > 0) props.sizePt = half / 2;
      break;
    }
    case 'rFonts': {
      // A theme attribute wins over the explicit name in Word, so it is kept apart and resolved last.
      const theme = attr('asciiTheme') ?? attr('hAnsiTheme');
      const name = attr('ascii') ?? attr('hAnsi');
      if (theme) {
        props.fontTheme = theme;
        delete props.font;
      } else if (name) {
        props.font = name;
        delete props.fontTheme;
      }
      break;
    }
  }
}

/** Applies one child element of `w:pPr` to `format`. */
export function applyParagraphProperty(format: ParagraphFormat, local: string, attr: (n: string) => string | undefined): void {
  switch (local) {
    case 'jc': {
      const v = attr('val');
      if (v === 'left' || v === 'start') format.alignment = 'left';
      else if (v === 'right' || v === 'end') format.alignment = 'right';
      else if (v === 'center') format.alignment = 'center';
      else if (v === 'both' || v === 'distribute' || v === 'lowKashida' || v === 'mediumKashida' || v === 'highKashida' || v === 'thaiDistribute') format.alignment = 'both';
      break;
    }
    case 'ind': {
      const hanging = Number(attr('hanging'));
      const firstLine = Number(attr('firstLine'));
      if (attr('hanging') !== undefined && Number.isFinite(hanging)) format.firstLineIndentCm = round2(-hanging / TWIPS_PER_CM);
      else if (attr('firstLine') !== undefined && Number.isFinite(firstLine)) format.firstLineIndentCm = round2(firstLine / TWIPS_PER_CM);
      break;
    }
    case 'spacing': {
      const before = Number(attr('before'));
      const after = Number(attr('after'));
      if (attr('before') !== undefined && Number.isFinite(before)) format.spaceBeforePt = round2(before / 20);
      if (attr('after') !== undefined && Number.isFinite(after)) format.spaceAfterPt = round2(after / 20);
      break;
    }
  }
}

/** `base` overlaid with the fields `top` defines. */
export function overlay<T extends object>(base: T, top: T): T {
  const out = { ...base };
  for (const key in top) if (top[key] !== undefined) out[key] = top[key];
  return out;
}

/**
 * `base` run properties overlaid with `top`'s, the font as one property: a name in `top` (a
 * character style's, a run's own `w:rFonts`) overrides a theme slot below it and the other way
 * round, as Word shows it (a Normal style in "Times New Roman" over docDefaults' minorHAnsi).
 */
export function overlayRun(base: RunProps, top: RunProps): RunProps {
  const out = overlay(base, top);
  if (top.font !== undefined) delete out.fontTheme;
  else if (top.fontTheme !== undefined) delete out.font;
  return out;
}

/** A border side that draws a line (`w:val` other than none/nil). */
export function visibleBorder(val: string | undefined): boolean {
  return val !== undefined && val !== 'none' && val !== 'nil';
}
