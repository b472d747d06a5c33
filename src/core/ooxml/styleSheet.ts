import { SaxesParser } from 'saxes';
import type { ParagraphFormat } from '../snapshot';
import { applyParagraphProperty, applyRunProperty, overlay, overlayRun, visibleBorder, type RunProps } from './formatProps';
import { scanWordXml } from './scanXml';

interface StyleDef {
  id: string;
  name?: string;
  type: string;
  basedOn?: string;
  run: RunProps;
  paragraph: ParagraphFormat;
  /** `w:numPr` of the style: paragraphs in it are list items (Word's heading numbering). */
  numId?: string;
  ilvl?: number;
  /** A table style that draws a border (`w:tblBorders`/`w:tcBorders` with a visible side). */
  borders?: boolean;
}

/**
 * What styles.xml (and the theme's fonts) say about formatting: docDefaults and each style's
 * `basedOn` chain, resolved once per style and cached, so a paragraph costs a map lookup.
 */
export class StyleSheet {
  private readonly styles = new Map<string, StyleDef>();
  private defaultRun: RunProps = {};
  private defaultParagraph: ParagraphFormat = {};
  /** Id of the paragraph style a paragraph without `w:pStyle` has (usually `Normal`). */
  defaultParagraphStyle?: string;
  /** Id of the table style a table without `w:tblStyle` has (usually `TableNormal`, no borders). */
  private defaultTableStyle?: string;
  private readonly runCache = new Map<string, RunProps>();
  private readonly paragraphCache = new Map<string, ParagraphFormat>();
  private themeFonts: Record<string, string> = {};

  static parse(stylesXml: string | null, themeXml: string | null, source: string): StyleSheet {
    const sheet = new StyleSheet();
    if (stylesXml) sheet.readStyles(stylesXml, source);
    if (themeXml) sheet.readTheme(themeXml);
    return sheet;
  }

  /** The list a paragraph style puts its paragraphs in, through its basedOn chain. */
  listOf(id: string | undefined): { numId: string; ilvl?: number } | undefined {
    for (let style = id ? this.styles.get(id) : undefined, depth = 0; style && depth <= 20; style = style.basedOn ? this.styles.get(style.basedOn) : undefined, depth++) {
      if (style.numId !== undefined) return { numId: style.numId, ilvl: style.ilvl };
    }
    return undefined;
  }

  /** Whether a table in this style (the default table style when none) draws borders, through its basedOn chain. */
  tableBorders(id: string | undefined): boolean {
    for (let style = this.styles.get(id ?? this.defaultTableStyle ?? ''), depth = 0; style && depth <= 20; style = style.basedOn ? this.styles.get(style.basedOn) : undefined, depth++) {
      if (style.borders !== undefined) return style.borders;
    }
    return false;
  }

  styleName(id: string): string | undefined {
    return this.styles.get(id)?.name;
  }

  /**
   * docDefaults ⊕ the paragraph style chain ⊕ the character style chain. Bold, italic and caps are
   * toggle properties (ECMA-376 §17.7.3): set by both styles they cancel out, as Word shows it.
   */
  runBase(paragraphStyle: string | undefined, runStyle: string | undefined): RunProps {
    const key = `${paragraphStyle ?? ''}\u0000${runStyle ?? ''}`;
    let cached = this.runCache.get(key);
    if (!cached) {
      const para = this.chainRun(paragraphStyle, 0);
      const char = this.chainRun(runStyle, 0);
      cached = overlayRun(overlayRun(this.defaultRun, para), char);
      for (const toggle of ['bold', 'italic', 'allCaps'] as const) {
        if (para[toggle] !== undefined && char[toggle] !== undefined) cached[toggle] = para[toggle] !== char[toggle];
      }
      this.runCache.set(key, cached);
    }
    return cached;
  }

  paragraphBase(paragraphStyle: string | undefined): ParagraphFormat {
    const key = paragraphStyle ?? '';
    let cached = this.paragraphCache.get(key);
    if (!cached) {
      cached = overlay(this.defaultParagraph, this.chainParagraph(paragraphStyle, 0));
      this.paragraphCache.set(key, cached);
    }
    return cached;
  }

  /** The font name a run shows, theme slots (`minorHAnsi`) resolved. */
  fontOf(props: RunProps): string | undefined {
    if (props.fontTheme) return this.themeFonts[props.fontTheme.startsWith('major') ? 'major' : 'minor'] ?? props.font;
    return props.font;
  }

  private chainRun(id: string | undefined, depth: number): RunProps {
    const style = id ? this.styles.get(id) : undefined;
    // A cycle or an absurd chain in a damaged styles.xml must not hang the reader.
    if (!style || depth > 20) return {};
    return overlayRun(this.chainRun(style.basedOn, depth + 1), style.run);
  }

  private chainParagraph(id: string | undefined, depth: number): ParagraphFormat {
    const style = id ? this.styles.get(id) : undefined;
    if (!style || depth > 20) return {};
    return overlay(this.chainParagraph(style.basedOn, depth + 1), style.paragraph);
  }

  private readStyles(xml: string, source: string): void {
    let current: StyleDef | null = null;
    let inDefaults = false;
    let inRPr = false;
    let inPPr = false;
    let pendingDefault = false;
    let pendingDefaultTable = false;
    let inBorders = false;
    scanWordXml(xml, 'word/styles.xml', source, {
      open: (local, attr) => {
        switch (local) {
          case 'docDefaults':
            inDefaults = true;
            return;
          case 'style':
            current = { id: attr('styleId') ?? '', type: attr('type') ?? 'paragraph', run: {}, paragraph: {} };
            pendingDefault = current.type === 'paragraph' && (attr('default') === '1' || attr('default') === 'true');
            pendingDefaultTable = current.type === 'table' && (attr('default') === '1' || attr('default') === 'true');
            return;
          case 'tblBorders':
          case 'tcBorders':
            // Conditional formats (`w:tblStylePr`: the header row's rule) count too: they draw lines.
            inBorders = true;
            if (current) (current as StyleDef).borders ??= false;
            return;
          case 'name':
            if (current) current.name = attr('val');
            return;
          case 'basedOn':
            if (current) current.basedOn = attr('val');
            return;
          case 'rPr':
            inRPr = true;
            return;
          case 'pPr':
            inPPr = true;
            return;
        }
        if (local === null) return;
        if (inBorders) {
          if (current && visibleBorder(attr('val'))) (current as StyleDef).borders = true;
          return;
        }
        if (inPPr && !inRPr && current && local === 'numId') {
          (current as StyleDef).numId = attr('val');
          return;
        }
        if (inPPr && !inRPr && current && local === 'ilvl') {
          (current as StyleDef).ilvl = Number(attr('val') ?? 0);
          return;
        }
        if (inRPr) applyRunProperty(current ? current.run : inDefaults ? this.defaultRun : {}, local, attr);
        else if (inPPr) applyParagraphProperty(current ? current.paragraph : inDefaults ? this.defaultParagraph : {}, local, attr);
      },
      close: (local) => {
        if (local === 'docDefaults') inDefaults = false;
        else if (local === 'tblBorders' || local === 'tcBorders') inBorders = false;
        else if (local === 'rPr') inRPr = false;
        else if (local === 'pPr') inPPr = false;
        else if (local === 'style' && current) {
          const style: StyleDef = current;
          if (style.id) this.styles.set(style.id, style);
          if (pendingDefault && style.id) this.defaultParagraphStyle = style.id;
          if (pendingDefaultTable && style.id) this.defaultTableStyle = style.id;
          current = null;
        }
      },
    });
  }

  /** Theme fonts are DrawingML (`a:minorFont/a:latin/@typeface`); a damaged theme only loses the names. */
  private readTheme(xml: string): void {
    const parser = new SaxesParser({ xmlns: false, position: false });
    let slot: 'major' | 'minor' | null = null;
    parser.on('opentag', (tag) => {
      const local = tag.name.slice(tag.name.indexOf(':') + 1);
      if (local === 'majorFont') slot = 'major';
      else if (local === 'minorFont') slot = 'minor';
      else if (local === 'latin' && slot && !this.themeFonts[slot]) {
        const face = (tag.attributes as Record<string, string>).typeface;
        if (face) this.themeFonts[slot] = face;
      }
    });
    parser.on('closetag', (tag) => {
      if (tag.name.endsWith('majorFont') || tag.name.endsWith('minorFont')) slot = null;
    });
    try {
      parser.write(xml).close();
    } catch {
      // Theme fonts are a nicety; the document reads without them.
    }
  }
}
