import { describe, expect, it } from 'vitest';
import { dateBox4, dateLong, dateShort, parsePlanDate, placeAndDate, shiftDayMonth } from '../../../src/core/text/dates';

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
