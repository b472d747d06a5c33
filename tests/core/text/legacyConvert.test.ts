import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { legacyFace, legacyToUnicode, unicodeToLegacy } from '../../../src/core/text/legacyConvert';
import { TCVN3, VIETNAMESE_MARKED_LETTERS, VNI } from '../../../src/core/text/legacyTables';

const ASCII = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:()/-"\'%'];
const LOWER = VIETNAMESE_MARKED_LETTERS.filter((c) => c === c.toLowerCase());
const UPPER = VIETNAMESE_MARKED_LETTERS.filter((c) => c !== c.toLowerCase());
const textOf = (alphabet: string[]) => fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 60 });

describe('the legacy tables', () => {
  it('cover every Vietnamese letter with a mark, lower case and capitals, each once', () => {
    expect(LOWER).toHaveLength(67);
    expect(UPPER).toHaveLength(67);
    expect(new Set(VIETNAMESE_MARKED_LETTERS).size).toBe(134);
    expect(UPPER.map((c) => c.toLowerCase())).toEqual(LOWER);
  });

  it('give every letter a code of its own (TCVN3: the lower case and seven capitals; VNI: all)', () => {
    expect(TCVN3.map(([u]) => u).sort()).toEqual([...LOWER, 'Ă', 'Â', 'Đ', 'Ê', 'Ô', 'Ơ', 'Ư'].sort());
    expect(new Set(TCVN3.map(([, t]) => t)).size).toBe(TCVN3.length);
    expect(new Set(VNI.map(([, v]) => v)).size).toBe(VNI.length);
  });
});

describe('TCVN3 (ABC) to Unicode', () => {
  it('reads text typed in .VnTime', () => {
    expect(legacyToUnicode('KÕ ho¹ch thùc hiÖn c«ng t¸c b×nh ®¼ng giíi', { encoding: 'TCVN3' })).toBe('Kế hoạch thực hiện công tác bình đẳng giới');
    expect(legacyToUnicode('§¶ng bé x· §ång ViÖt', { encoding: 'TCVN3' })).toBe('Đảng bộ xã Đồng Việt');
  });

  it('reads the same codes as capitals in a capitals font (.VnTimeH)', () => {
    expect(legacyToUnicode('kÕ ho¹ch', legacyFace('.VnTimeH')!)).toBe('KẾ HOẠCH');
    expect(legacyToUnicode('ñy ban nh©n d©n x· ®ång viÖt', legacyFace('.VnArialH')!)).toBe('ỦY BAN NHÂN DÂN XÃ ĐỒNG VIỆT');
  });

  it('round-trips any text over the lower-case alphabet and the seven capitals in .VnTime', () => {
    fc.assert(fc.property(textOf([...ASCII, ...LOWER, 'Ă', 'Â', 'Đ', 'Ê', 'Ô', 'Ơ', 'Ư']), (s) => legacyToUnicode(unicodeToLegacy(s, { encoding: 'TCVN3' }), { encoding: 'TCVN3' }) === s));
  });

  it('round-trips any text in capitals through a capitals font', () => {
    const face = legacyFace('.VnTimeH')!;
    fc.assert(fc.property(textOf([...ASCII.filter((c) => c === c.toUpperCase()), ...UPPER]), (s) => legacyToUnicode(unicodeToLegacy(s, face), face) === s));
  });

  it('has no code for a capital with a tone outside a capitals font', () => {
    expect(() => unicodeToLegacy('KẾ HOẠCH', { encoding: 'TCVN3' })).toThrow(RangeError);
  });
});

describe('VNI-Windows to Unicode', () => {
  it('reads a base letter and its mark as one letter', () => {
    expect(legacyToUnicode('Xin chaøo caùc baïn', { encoding: 'VNI' })).toBe('Xin chào các bạn');
    expect(legacyToUnicode('Ñaûng boä xaõ Ñoàng Vieät: phöôøng, thöïc hieän', { encoding: 'VNI' })).toBe('Đảng bộ xã Đồng Việt: phường, thực hiện');
    expect(legacyToUnicode('KEÁ HOAÏCH', { encoding: 'VNI' })).toBe('KẾ HOẠCH');
  });

  it('round-trips any text over the whole alphabet, capitals included', () => {
    fc.assert(fc.property(textOf([...ASCII, ...VIETNAMESE_MARKED_LETTERS]), (s) => legacyToUnicode(unicodeToLegacy(s, { encoding: 'VNI' }), { encoding: 'VNI' }) === s));
  });
});

describe('legacyFace', () => {
  it('tells the encoding and the capitals fonts by name', () => {
    expect(legacyFace('.VnTime')).toEqual({ encoding: 'TCVN3', capitals: false });
    expect(legacyFace('.VnTimeH')).toEqual({ encoding: 'TCVN3', capitals: true });
    expect(legacyFace('VNI-Times')).toEqual({ encoding: 'VNI' });
    expect(legacyFace('Times New Roman')).toBeNull();
  });
});
