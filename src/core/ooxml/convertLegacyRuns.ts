import type { LegacyEncoding } from '../text/legacyEncoding';
import { legacyFace, legacyToUnicode } from '../text/legacyConvert';
import { escapeXml } from './escapeXml';
import { applyRunProperty, overlayRun, type RunProps } from './formatProps';
import { StyleSheet } from './styleSheet';
import { flatOpcParts } from './readFlatOpc';

/** The font a converted run gets: NĐ 30 sets Times New Roman for Unicode text. */
export const UNICODE_FONT = 'Times New Roman';

export interface LegacyConversion {
  xml: string;
  /** Runs converted. */
  runs: number;
  encodings: LegacyEncoding[];
}

// Paragraph opens and closes, a paragraph's style, and runs holding no run or paragraph of their
// own (a run that holds a text box is skipped; the text box's own runs are met one by one).
const TOKEN = /<w:p(?=[\s>/])[^>]*>|<\/w:p>|<w:pStyle\b[^>]*>|<w:r(?=[\s>])[^>]*>(?:(?!<w:r[\s>]|<\/w:r>|<w:p[\s>])[\s\S])*<\/w:r>/g;
const ATTR = /([\w:]+)="([^"]*)"/g;

function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(ATTR)) out.set(m[1].replace(/^w:/, ''), m[2]);
  return out;
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-f]+|#\d+);/gi, (whole, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
    if (named[e.toLowerCase()]) return named[e.toLowerCase()];
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
  });
}

/** The run's own properties: from `<w:rPr>` up to a tracked change of them (`w:rPrChange` holds the old ones). */
function ownProperties(run: string): { start: number; end: number } | null {
  const open = /<w:rPr>|<w:rPr\s[^>]*>/.exec(run);
  if (!open) return null;
  const start = open.index + open[0].length;
  const close = run.indexOf('</w:rPr>', start);
  const change = run.indexOf('<w:rPrChange', start);
  return { start, end: change >= 0 && change < close ? change : close };
}

const TNR_FONTS = `w:ascii="${UNICODE_FONT}" w:hAnsi="${UNICODE_FONT}" w:cs="${UNICODE_FONT}"`;

/** The run with its font set to Times New Roman, every other property kept. */
function withUnicodeFont(run: string): string {
  const own = ownProperties(run);
  if (!own) {
    const head = /^<w:r(?:\s[^>]*)?>/.exec(run)![0];
    return `${head}<w:rPr><w:rFonts ${TNR_FONTS}/></w:rPr>${run.slice(head.length)}`;
  }
  const props = run.slice(own.start, own.end);
  const fonts = /<w:rFonts\b[^>]*?\/>/.exec(props);
  let next: string;
  if (fonts) {
    // The other scripts' fonts (eastAsia) stay; the Latin slots and their theme links become Times New Roman.
    const kept = [...attributes(fonts[0])].filter(([k]) => !/^(ascii|hAnsi|cs|asciiTheme|hAnsiTheme|cstheme)$/.test(k)).map(([k, v]) => ` w:${k}="${v}"`).join('');
    next = props.slice(0, fonts.index) + `<w:rFonts ${TNR_FONTS}${kept}/>` + props.slice(fonts.index + fonts[0].length);
  } else {
    // rFonts comes right after rStyle in the schema's order.
    const style = /<w:rStyle\b[^>]*\/>/.exec(props);
    const at = style ? style.index + style[0].length : 0;
    next = props.slice(0, at) + `<w:rFonts ${TNR_FONTS}/>` + props.slice(at);
  }
  return run.slice(0, own.start) + next + run.slice(own.end);
}

/**
 * Every run of a WordprocessingML part set in a TCVN3 (`.VnTime`, `.VnTimeH`) or VNI
 * (`VNI-Times`) font, by the font Word shows for it (the run's own `w:rFonts`, else its character
 * style's, else its paragraph style's), converted to Unicode and set in Times New Roman. Every
 * other byte of the part stays as it was. Written for the `w:` prefix Word and LibreOffice write.
 */
export function convertLegacyRuns(xml: string, styles: StyleSheet): LegacyConversion {
  const paragraphStyles: (string | undefined)[] = [];
  const encodings = new Set<LegacyEncoding>();
  let runs = 0;
  const out = xml.replace(TOKEN, (token) => {
    if (token.startsWith('</w:p>')) paragraphStyles.pop();
    else if (token.startsWith('<w:pStyle')) paragraphStyles[paragraphStyles.length - 1] = attributes(token).get('val');
    else if (/^<w:p[\s>/]/.test(token)) {
      if (!token.endsWith('/>')) paragraphStyles.push(undefined);
    } else {
      const own = ownProperties(token);
      const direct: RunProps = {};
      let runStyle: string | undefined;
      if (own) {
        const props = token.slice(own.start, own.end);
        const fonts = /<w:rFonts\b[^>]*>/.exec(props);
        if (fonts) {
          const a = attributes(fonts[0]);
          applyRunProperty(direct, 'rFonts', (n) => a.get(n));
        }
        runStyle = /<w:rStyle\b[^>]*>/.exec(props) ? attributes(/<w:rStyle\b[^>]*>/.exec(props)![0]).get('val') : undefined;
      }
      const paragraphStyle = paragraphStyles[paragraphStyles.length - 1] ?? styles.defaultParagraphStyle;
      const font = styles.fontOf(overlayRun(styles.runBase(paragraphStyle, runStyle), direct));
      const face = font ? legacyFace(font) : null;
      if (!face) return token;
      runs++;
      encodings.add(face.encoding);
      const converted = token.replace(/(<w:(t|delText)(?:\s[^>]*)?>)([^<]*)(<\/w:\2>)/g, (_, open: string, _name: string, text: string, close: string) => open + escapeXml(legacyToUnicode(unescapeXml(text), face).normalize('NFC')) + close);
      return withUnicodeFont(converted);
    }
    return token;
  });
  return { xml: out, runs, encodings: [...encodings] };
}

/**
 * The same on a flat OPC package (what Word's `body.getOoxml()` returns), the styles read from the
 * package itself: the Word host writes the result back in one edit.
 */
export function convertLegacyFlatOpc(flat: string, source: string): LegacyConversion {
  const parts = flatOpcParts(flat, source);
  const styles = StyleSheet.parse(parts.get('word/styles.xml') ?? null, parts.get('word/theme/theme1.xml') ?? null, source);
  return convertLegacyRuns(flat, styles);
}
