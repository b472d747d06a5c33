import type { Block, Inline } from '../../core/blocks';

const text = (inlines: Inline[]) => inlines.map((i) => i.text).join('');
/** As the writer prints it: the number carries "Số:" already when the template wrote it. */
const numberLine = (number: string) => (/^s[ốo]\s*:/i.test(number.trim()) ? number.trim() : `Số: ${number.trim()}`);

/** The blocks as the lines they will print, for the preview (layout is Word's job). */
export function previewLines(blocks: Block[]): { text: string; kind: Block['type'] }[] {
  return blocks.flatMap((b): { text: string; kind: Block['type'] }[] => {
    switch (b.type) {
      case 'header':
        return [b.parentBody, b.issuer, numberLine(b.number), 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', b.placeDate]
          .filter((l): l is string => !!l)
          .map((l) => ({ text: l, kind: b.type }));
      case 'doc-kind':
      case 'subject':
        return [{ text: b.text, kind: b.type }];
      case 'section':
        return [{ text: `${b.numeral}. ${b.title}`, kind: b.type }];
      case 'item':
        return [{ text: `${b.marker} ${text(b.inlines)}`, kind: b.type }];
      case 'basis':
      case 'paragraph':
        return [{ text: text(b.inlines), kind: b.type }];
      case 'signature':
        return [...b.authority, b.title, b.name, 'Nơi nhận:', ...b.recipients.map((r) => `- ${r}`)].map((l) => ({ text: l, kind: b.type }));
      default:
        return [];
    }
  });
}
