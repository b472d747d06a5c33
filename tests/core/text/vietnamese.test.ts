import { describe, expect, it } from 'vitest';
import { findDates, parseIssueDate, toIsoDate } from '../../../src/core/text/dates';
import { fold, isMostlyUpper } from '../../../src/core/text/fold';
import { curlyQuotes } from '../../../src/core/text/quotes';
import { detectLegacyEncoding } from '../../../src/core/text/legacyEncoding';
import { numberToRoman, romanToNumber } from '../../../src/core/text/roman';
import { toNewTonePlacement, toOldTonePlacement, tonePlacementStyles } from '../../../src/core/text/tonePlacement';

describe('folding for matching', () => {
  it('drops marks and case but keeps one character per character', () => {
    const text = 'Cơ quan, đơn vị CHỦ TRÌ';
    expect(fold(text)).toBe('co quan, don vi chu tri');
    expect(fold(text)).toHaveLength(text.length);
  });

  it('folds both tone placements to the same letters', () => {
    expect(fold('Uỷ ban hoà giải')).toBe(fold('Ủy ban hòa giải'));
  });

  it('tells capitals from normal case', () => {
    expect(isMostlyUpper('MỤC ĐÍCH, YÊU CẦU')).toBe(true);
    expect(isMostlyUpper('Mục đích, yêu cầu')).toBe(false);
  });
});

describe('tone placement', () => {
  it('moves the mark of a syllable-final "oa", "oe", "uy" to the first vowel in the new style', () => {
    expect(toNewTonePlacement('Uỷ ban nhân dân xã Hoà Bình, thuỷ lợi, khoẻ')).toBe('Ủy ban nhân dân xã Hòa Bình, thủy lợi, khỏe');
  });

  it('leaves "oa" before a final consonant and "quý" alone', () => {
    expect(toNewTonePlacement('hoàn thành quý IV')).toBe('hoàn thành quý IV');
    expect(toOldTonePlacement('hoàn thành quý IV')).toBe('hoàn thành quý IV');
  });

  it('converts back to the old style', () => {
    expect(toOldTonePlacement('Ủy ban hòa giải')).toBe('Uỷ ban hoà giải');
  });

  it('counts the two styles, so mixed "UỶ" and "Ủy" can be reported', () => {
    expect(tonePlacementStyles('UỶ BAN NHÂN DÂN … Ủy ban nhân dân tỉnh')).toEqual({ old: 1, new: 1 });
    expect(toNewTonePlacement('Hoà Bình')).toBe(toNewTonePlacement('Hòa Bình'));
  });
});

describe('Roman numerals of sections', () => {
  it('reads I to XX in either case and refuses malformed ones', () => {
    expect([romanToNumber('I'), romanToNumber('iv'), romanToNumber('IX'), romanToNumber('XIV')]).toEqual([1, 4, 9, 14]);
    expect([romanToNumber('IIII'), romanToNumber('VX'), romanToNumber('C'), romanToNumber('')]).toEqual([null, null, null, null]);
    expect(numberToRoman(14)).toBe('XIV');
  });
});

describe('dates', () => {
  it('reads the issue date in NĐ 30 form with its place', () => {
    expect(parseIssueDate('Lai Châu, ngày 19 tháng 11 năm 2025')).toMatchObject({ place: 'Lai Châu', iso: '2025-11-19' });
    expect(parseIssueDate('Hà Nội, ngày 05 tháng 02 năm 2026')?.iso).toBe('2026-02-05');
  });

  it('gives no date when the day or month is left blank in a draft', () => {
    expect(parseIssueDate('Đồng Việt, ngày   tháng 5 năm 2026')).toMatchObject({ place: 'Đồng Việt', iso: null, month: 5, day: null });
    expect(parseIssueDate('Lai Châu, ngày tháng năm 2026')).toMatchObject({ place: 'Lai Châu', iso: null });
    expect(parseIssueDate('Lai Châu, ngày … tháng … năm 2026')?.iso).toBeNull();
  });

  it('finds short and full body dates', () => {
    expect(findDates('ngày 24/9/2025 và ngày 27 tháng 9 năm 2025').map((d) => d.iso)).toEqual(['2025-09-24', '2025-09-27']);
  });

  it('refuses impossible dates', () => {
    expect(toIsoDate(31, 4, 2026)).toBeNull();
    expect(toIsoDate(29, 2, 2026)).toBeNull();
    expect(toIsoDate(29, 2, 2028)).toBe('2028-02-29');
  });
});

describe('legacy encodings', () => {
  it('sees nothing in Unicode text', () => {
    expect(detectLegacyEncoding('Kế hoạch phát triển đơn vị năm 2026')).toBeNull();
  });
  it('tells TCVN3 from VNI', () => {
    expect(detectLegacyEncoding('KÕ ho¹ch ph¸t triÓn ®¬n vÞ')?.encoding).toBe('TCVN3');
    expect(detectLegacyEncoding('Keá hoaïch phaùt trieån ñôn vò phöông')?.encoding).toBe('VNI');
  });
});

describe('quotes in messages', () => {
  it('writes straight quotes in pairs as curly ones, and leaves a lone quote', () => {
    expect(curlyQuotes('Thêm dòng "Đơn vị chủ trì"')).toBe('Thêm dòng “Đơn vị chủ trì”');
    expect(curlyQuotes('còn để trống ("…") và "x"')).toBe('còn để trống (“…”) và “x”');
    expect(curlyQuotes('14" màn hình')).toBe('14" màn hình');
  });
});
