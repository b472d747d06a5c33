import { describe, expect, it } from 'vitest';
import { dateBox4, dateLong, dateShort, dayPeriod, parsePlanDate, periodEndRank, periodText, placeAndDate, readPeriod, shiftDayMonth } from '../../../src/core/text/dates';
import { fold } from '../../../src/core/text/fold';

describe('Vietnamese dates', () => {
  it('writes body dates short, without leading zeros', () => {
    expect(dateShort('2026-05-12')).toBe('12/5/2026');
    // NĐ 30: a day below 10 and the months 1 and 2 take a leading zero.
    expect(dateShort('2026-06-09')).toBe('09/6/2026');
    expect(dateShort('2026-02-15')).toBe('15/02/2026');
  });

  it('writes a date in words without padding', () => {
    expect(dateLong('2026-05-12')).toBe('ngày 12 tháng 5 năm 2026');
  });

  it('pads days below 10 and months 1–2 in box 4 (NĐ 30), never other months', () => {
    expect(dateBox4('2026-06-05')).toBe('ngày 05 tháng 6 năm 2026');
    expect(dateBox4('2023-02-28')).toBe('ngày 28 tháng 02 năm 2023');
    expect(dateBox4('2026-01-09')).toBe('ngày 09 tháng 01 năm 2026');
    expect(dateBox4('2026-12-10')).toBe('ngày 10 tháng 12 năm 2026');
  });

  it('leaves the day (or day and month) blank in a draft for the văn thư', () => {
    expect(placeAndDate('Đồng Việt', '2026-05')).toMatch(/^Đồng Việt, ngày\s+tháng 5 năm 2026$/);
    expect(dateBox4('2026')).toMatch(/^ngày\s+tháng\s+năm 2026$/);
  });

  it('refuses dates that do not exist', () => {
    expect(parsePlanDate('2026-02-30')).toBeNull();
    expect(parsePlanDate('2026-13')).toBeNull();
    expect(() => dateShort('12/5/2026')).toThrow(/YYYY-MM-DD/);
    expect(() => dateShort('2026-05')).toThrow(/đủ ngày, tháng/);
  });

  it('moves a yearly deadline earlier across a month boundary', () => {
    expect(shiftDayMonth(10, 12, 10)).toEqual({ day: 30, month: 11 });
    expect(shiftDayMonth(5, 3, 10)).toEqual({ day: 23, month: 2 });
    expect(shiftDayMonth(20, 11, 10)).toEqual({ day: 10, month: 11 });
  });
});

describe('periods plans set deadlines by', () => {
  const period = (text: string) => readPeriod(fold(text))?.period ?? null;

  it('reads a month with or without its year ("tháng 8/2026", "tháng 08 năm 2026", "tháng 9")', () => {
    expect(period('tháng 8/2026')).toMatchObject({ unit: 'month', month: 8, year: 2026, quarter: 3 });
    expect(period('tháng 08 năm 2026')).toMatchObject({ unit: 'month', month: 8, year: 2026 });
    expect(period('tháng 9 hằng năm')).toMatchObject({ unit: 'month', month: 9, year: null });
  });

  it('reads a quarter in Roman or Arabic numerals ("quý III/2026", "Quý 4 năm 2026", "quý I")', () => {
    expect(period('quý III/2026')).toMatchObject({ unit: 'quarter', quarter: 3, year: 2026 });
    expect(period('Quý 4 năm 2026')).toMatchObject({ unit: 'quarter', quarter: 4, year: 2026 });
    expect(period('quý I')).toMatchObject({ unit: 'quarter', quarter: 1, year: null });
  });

  it('reads a day within a quarter\'s last month ("ngày 15 tháng cuối quý")', () => {
    expect(period('ngày 15 tháng cuối quý')).toMatchObject({ unit: 'day', day: 15, month: null, monthOfQuarter: 3 });
  });

  it('reads no period where none can be ("tháng 13", "quý V", "ngày 31 tháng 4")', () => {
    expect(period('tháng 13')).toBeNull();
    expect(period('quý V')).toBeNull();
    expect(period('ngày 31 tháng 4')).toBeNull();
  });

  it('ends a period on its last day: a month on its last day, a quarter on its third month\'s', () => {
    expect(periodEndRank(period('tháng 11')!, 'yearly')).toBe(periodEndRank(dayPeriod(30, 11, null), 'yearly'));
    expect(periodEndRank(period('quý III/2026')!, 'once')).toBe(periodEndRank(dayPeriod(30, 9, 2026), 'once'));
    expect(periodEndRank(period('tháng 12')!, 'yearly')).toBeGreaterThan(periodEndRank(dayPeriod(15, 12, null), 'yearly'));
  });

  it('ends February of an unknown year on the 28th, and of a leap year on the 29th', () => {
    expect(periodEndRank(period('tháng 2')!, 'yearly')).toBe(periodEndRank(dayPeriod(28, 2, null), 'yearly'));
    expect(periodEndRank(period('tháng 2/2028')!, 'once')).toBe(periodEndRank(dayPeriod(29, 2, 2028), 'once'));
  });

  it('orders quarterly deadlines by their place in the quarter', () => {
    expect(periodEndRank(period('ngày 15 tháng cuối quý')!, 'quarterly')).toBeGreaterThan(periodEndRank(period('ngày 25 tháng đầu quý')!, 'quarterly'));
  });

  it('writes a period the way a message quotes it', () => {
    expect(periodText(period('tháng 8/2026')!)).toBe('tháng 8/2026');
    expect(periodText(period('quý III')!)).toBe('quý III');
    expect(periodText(period('ngày 15 tháng cuối quý')!)).toBe('ngày 15 tháng cuối quý');
    expect(periodText(dayPeriod(30, 11, null))).toBe('30/11');
  });
});
