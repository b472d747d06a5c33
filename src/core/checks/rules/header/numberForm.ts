import type { Rule, RuleHit } from '../../types';
import { draftHeaderLines } from '../../support/draftHeader';

// NĐ 30 Phụ lục III: the abbreviations of document types.
const TYPES = new Set(['NQ', 'QĐ', 'CT', 'QC', 'QyĐ', 'TC', 'TB', 'HD', 'CTr', 'KH', 'PA', 'ĐA', 'DA', 'BC', 'BB', 'TTr', 'HĐ', 'CĐ', 'BGN', 'BTT', 'GUQ', 'GM', 'GGT', 'GNP', 'PG', 'PC', 'PB', 'SY', 'TrS', 'SL']);

/**
 * Box 3: "Số: 05/KH-UBND": the serial with a leading zero below 10, "/" then the type's
 * abbreviation (Phụ lục III) and the body's, joined by "-", no spaces. A blank serial is the
 * văn thư's (`draft-number-date-blank`). A công văn has no type abbreviation and is left alone.
 */
export const numberForm: Rule = {
  id: 'number-form',
  appliesTo: 'any',
  wholeDocument: true,
  family: 'header',
  severity: 'warning',
  title: { vi: 'Số, ký hiệu viết chưa đúng', en: 'Number and code badly written' },
  message: {
    vi: 'Số, ký hiệu "{number}" có dấu cách; viết liền: "{expected}"',
    en: 'The number "{number}" has spaces; write it without: "{expected}"',
  },
  variants: {
    zero: {
      vi: 'Số "{number}": số dưới 10 phải ghi thêm số 0 phía trước ("{expected}")',
      en: 'Number "{number}": a number below 10 takes a leading 0 ("{expected}")',
    },
    type: {
      vi: 'Số "{number}": "{type}" không phải chữ viết tắt tên loại văn bản (NĐ 30 Phụ lục III; Kế hoạch là "KH")',
      en: 'Number "{number}": "{type}" is not a document-type abbreviation (NĐ 30 Phụ lục III; a plan is "KH")',
    },
  },
  source: 'NĐ 30/2020/NĐ-CP Phụ lục I, II.3 (số dưới 10 ghi thêm số 0; giữa số và ký hiệu có "/", giữa các nhóm chữ "-", không cách); Phụ lục III',
  check({ plan }) {
    const place = draftHeaderLines(plan).number;
    if (place == null) return [];
    const at = place.paragraph;
    const line = place.text;
    const m = /Số\s*:?\s*([^\t\n]*?\/[^\s\t\n,]*(?:\s*-\s*[^\s\t\n,]+)*)/u.exec(line);
    if (!m) return [];
    const number = m[1].trim();
    const parts = /^(\d*)\s*\/\s*([^-\s]+)\s*-\s*(.+)$/u.exec(number);
    if (!parts) return [];
    const [, serial, type, body] = parts;
    const expected = `${serial && Number(serial) < 10 ? serial.padStart(2, '0') : serial || '…'}/${type}-${body.replace(/\s+/g, '')}`;
    const hits: RuleHit[] = [];
    if (/\s/.test(number)) hits.push({ paragraph: at, args: { number, expected } });
    if (serial && Number(serial) < 10 && serial.length < 2) hits.push({ paragraph: at, variant: 'zero', args: { number, expected } });
    if (!TYPES.has(type)) hits.push({ paragraph: at, variant: 'type', args: { number, type } });
    return hits;
  },
};
