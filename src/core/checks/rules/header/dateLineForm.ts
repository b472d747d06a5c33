import type { Rule, RuleHit } from '../../types';
import { draftHeaderLines } from '../../support/draftHeader';
import { daysInMonth } from '../../../text/dates';
import { fold } from '../../../text/fold';

/**
 * Box 4: "Đồng Việt, ngày 05 tháng 02 năm 2026": a leading zero for days below 10 and for months 1
 * and 2, none for months 3–12; a date that exists; the place name of the issuer's own unit (a
 * provincial body writes the province's). Blank day or month: the văn thư's, left alone.
 */
export const dateLineForm: Rule = {
  id: 'date-line-form',
  appliesTo: 'any',
  wholeDocument: true,
  family: 'header',
  severity: 'warning',
  title: { vi: 'Địa danh, ngày tháng viết chưa đúng', en: 'Place and date line badly written' },
  message: {
    vi: 'Ngày dưới 10 phải ghi thêm số 0: "ngày {fixed}" (đang ghi "ngày {day}")',
    en: 'A day below 10 takes a leading 0: "ngày {fixed}" (written "ngày {day}")',
  },
  variants: {
    monthZero: {
      vi: 'Tháng 1, 2 phải ghi thêm số 0: "tháng {fixed}" (đang ghi "tháng {month}")',
      en: 'Months 1 and 2 take a leading 0: "tháng {fixed}" (written "tháng {month}")',
    },
    monthExtraZero: {
      vi: 'Từ tháng 3 không ghi số 0 phía trước: "tháng {fixed}" (đang ghi "tháng {month}")',
      en: 'From March on, no leading 0: "tháng {fixed}" (written "tháng {month}")',
    },
    invalid: {
      vi: 'Ngày ban hành không có thật: ngày {day} tháng {month} năm {year}',
      en: 'The issue date does not exist: {day}/{month}/{year}',
    },
    place: {
      vi: 'Địa danh "{place}" không khớp với cơ quan ban hành "{issuer}": ghi tên đơn vị hành chính nơi cơ quan đóng trụ sở',
      en: 'The place "{place}" does not match the issuing body "{issuer}"',
    },
  },
  source: 'NĐ 30/2020/NĐ-CP Phụ lục I, II.4 (ngày dưới 10 và tháng 1, 2 ghi thêm số 0; địa danh theo tên đơn vị hành chính)',
  check({ plan }) {
    const dateLine = draftHeaderLines(plan).date;
    if (dateLine == null) return [];
    const at = dateLine.paragraph;
    const line = dateLine.text.split(/\t+/).find((s) => /ngày/iu.test(s)) ?? '';
    // An appendix's "(Kèm theo Quyết định số …/QĐ-UBND ngày … )" dates another document: it is not box 4.
    if (/^\s*\(|kèm theo/iu.test(line)) return [];
    const m = /^(.*?),?\s*ngày\s*(\d*)\s*tháng\s*(\d*)\s*năm\s*(\d{4})/iu.exec(line.trim());
    if (!m) return [];
    const [, place, d, mo, y] = m;
    const hits: RuleHit[] = [];
    if (d && Number(d) < 10 && d.length < 2) hits.push({ paragraph: at, args: { day: d, fixed: `0${Number(d)}` } });
    if (mo && Number(mo) <= 2 && mo.length < 2) hits.push({ paragraph: at, variant: 'monthZero', args: { month: mo, fixed: `0${Number(mo)}` } });
    if (mo && Number(mo) > 2 && mo.startsWith('0')) hits.push({ paragraph: at, variant: 'monthExtraZero', args: { month: mo, fixed: String(Number(mo)) } });
    if (d && mo && (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > daysInMonth(Number(y), Number(mo)))) {
      hits.push({ paragraph: at, variant: 'invalid', severity: 'error', args: { day: Number(d), month: Number(mo), year: Number(y) } });
    }
    const issuer = [plan.parentBody, plan.issuer].filter(Boolean).join(' ');
    // The reader's place; the line may hold the number box before it ("Số: 07/KH-UBND Tân Phú, ngày …").
    const placeName = (plan.place ?? place.replace(/^.*\/\S+\s+/u, '')).trim();
    // Only a name that carries its unit ("… XÃ ĐỒNG VIỆT", "UBND TỈNH …") says where the body sits.
    if (issuer && placeName && /\b(?:tinh|xa|phuong|thanh pho|huyen|dac khu|thi tran|quan|thi xa)\b/.test(fold(issuer))) {
      const words = fold(placeName).replace(/^(?:tp|thanh pho)\.?\s*/, '').trim();
      if (words && !fold(issuer).replace(/\s+/g, ' ').includes(words)) hits.push({ paragraph: at, variant: 'place', args: { place: placeName, issuer: plan.issuer ?? issuer } });
    }
    return hits;
  },
};
