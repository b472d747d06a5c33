/** The scorer's comparison, as ../shared/tools/score-extract.py defines it. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareExtract, extraReporting, findScoredPlans, lastAuthority, scorePlan, type ExtractTruth } from '../../scripts/extractScore';

const truth: ExtractTruth = {
  number: '318/KH-SNV',
  date: '2026-02-12',
  place: 'Thanh Hóa',
  issuer: 'UBND TỈNH THANH HÓA SỞ NỘI VỤ',
  references: [
    { number: '8935/BNV-CTTN&BĐG', date: null },
    { number: '27/KH-UBND', date: '2026-01-20' },
  ],
  sections: [
    { numeral: 'I', title: 'MỤC ĐÍCH, YÊU CẦU' },
    { numeral: 'II', title: 'TỔ CHỨC THỰC HIỆN' },
  ],
  reporting: ['trước ngày 15 hằng tháng'],
  signer: { authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Lê Thị Thu Hằng' },
  archive_line: '- Lưu: VT, CTTN&BĐG.',
};

/** The extract JSON of a reader that read the plan exactly as its truth says. */
const readAsTruth = (): Record<string, unknown> => ({
  number: truth.number,
  date: truth.date,
  place: truth.place,
  issuer: truth.issuer,
  parentBody: null,
  references: truth.references.map((r) => ({ ...r })),
  sections: truth.sections.map((s) => ({ ...s })),
  reporting: truth.reporting.map((text) => ({ text })),
  signer: { ...truth.signer },
  archiveLine: truth.archive_line,
});

const wrong = (got: Record<string, unknown>) =>
  Object.entries(compareExtract(truth, got))
    .filter(([, r]) => !r.ok)
    .map(([field]) => field);

describe('the extract scorer', () => {
  it('counts a plan read exactly as its truth right in every field', () => {
    expect(wrong(readAsTruth())).toEqual([]);
  });

  it('counts a reader that read nothing wrong in every field', () => {
    expect(wrong({})).toEqual(['number', 'date', 'place', 'issuer', 'references', 'reference_dates', 'sections', 'reporting', 'signer', 'archive_line']);
  });

  it('accepts the parent body and the issuing body given apart', () => {
    expect(wrong({ ...readAsTruth(), parentBody: 'UBND TỈNH THANH HÓA', issuer: 'SỞ NỘI VỤ' })).toEqual([]);
    expect(wrong({ ...readAsTruth(), parentBody: null, issuer: 'SỞ NỘI VỤ' })).toEqual(['issuer']);
  });

  it('ignores spaces in numbers, runs of whitespace and decomposed (NFD) letters', () => {
    const got = { ...readAsTruth(), number: '318 /KH-SNV', place: 'Thanh Hóa'.normalize('NFD'), archiveLine: '-  Lưu: VT,  CTTN&BĐG.' };
    expect(wrong(got)).toEqual([]);
  });

  it('wants each cited document once with its date, in any order', () => {
    const got = readAsTruth();
    expect(wrong({ ...got, references: [...truth.references].reverse() })).toEqual([]);
    expect(wrong({ ...got, references: [...truth.references, { number: '4120/TTr-SNV', date: '2025-12-22' }] })).toEqual(['references']);
    expect(wrong({ ...got, references: [{ number: '27/KH-UBND', date: '2026-01-20' }] })).toEqual(['references', 'reference_dates']);
    expect(wrong({ ...got, references: [{ number: '8935/BNV-CTTN&BĐG', date: null }, { number: '27/KH-UBND', date: null }] })).toEqual(['reference_dates']);
  });

  it('wants the sections in order, case aside', () => {
    expect(wrong({ ...readAsTruth(), sections: [{ numeral: 'I', title: 'Mục đích, yêu cầu' }, { numeral: 'II', title: 'Tổ chức thực hiện' }] })).toEqual([]);
    expect(wrong({ ...readAsTruth(), sections: [...truth.sections].reverse() })).toEqual(['sections']);
  });

  it('accepts a reporting phrase that contains the truth phrase or is contained in it', () => {
    expect(wrong({ ...readAsTruth(), reporting: [{ text: 'báo cáo về Văn phòng Sở trước ngày 15 hằng tháng' }] })).toEqual([]);
    expect(wrong({ ...readAsTruth(), reporting: [{ text: 'trước ngày 15' }] })).toEqual([]);
    expect(wrong({ ...readAsTruth(), reporting: [{ text: 'trước ngày 30/11/2026' }] })).toEqual(['reporting']);
  });

  it('counts a deadline read as a report wrong in a plan that sets no reporting deadline', () => {
    const none = { ...truth, reporting: [] };
    expect(compareExtract(none, { ...readAsTruth(), reporting: [] }).reporting.ok).toBe(true);
    expect(compareExtract(none, { ...readAsTruth(), reporting: [{ text: 'trước ngày 30/11/2026' }] }).reporting.ok).toBe(false);
    expect(extraReporting(truth, { reporting: [{ text: 'trước ngày 15 hằng tháng' }, { text: 'trước ngày 30/11/2026' }] })).toEqual(['trước ngày 30/11/2026']);
  });

  it('compares only the last clause of the signing authority', () => {
    expect(lastAuthority('TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH')).toBe('KT. CHỦ TỊCH');
    expect(lastAuthority('TL. CHỦ TỊCH')).toBe('TL. CHỦ TỊCH');
    expect(lastAuthority('')).toBe('');
    const deputy = { authority: 'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Vũ Thu Hà' };
    expect(compareExtract({ ...truth, signer: deputy }, { signer: { ...deputy, authority: 'KT. CHỦ TỊCH' } }).signer.ok).toBe(true);
    expect(compareExtract({ ...truth, signer: deputy }, { signer: { ...deputy, authority: 'TM. ỦY BAN NHÂN DÂN' } }).signer.ok).toBe(false);
  });

  it('reads a plan file, skips a SOURCE line, takes truth from a sibling folder and says which folders are absent', () => {
    const root = mkdtempSync(join(tmpdir(), 'kh-score-'));
    mkdirSync(join(root, 'corpus', 'truth'), { recursive: true });
    mkdirSync(join(root, 'seeds'));
    const plan = ['SOURCE: test', 'ỦY BAN NHÂN DÂN', 'XÃ AN BÌNH', '-------', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 12/KH-UBND', 'An Bình, ngày 05 tháng 01 năm 2026', 'KẾ HOẠCH', 'Tuyên truyền pháp luật năm 2026', 'I. MỤC ĐÍCH, YÊU CẦU', 'Nâng cao hiểu biết pháp luật của Nhân dân.', 'II. TỔ CHỨC THỰC HIỆN', 'Văn phòng theo dõi, báo cáo UBND xã trước ngày 15/12/2026.', 'Nơi nhận:', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Trần Văn Bình'].join('\n');
    writeFileSync(join(root, 'seeds', 'an-binh.txt'), plan);
    writeFileSync(join(root, 'seeds', 'no-truth.txt'), plan);
    const anBinh: ExtractTruth = {
      number: '12/KH-UBND', date: '2026-01-05', place: 'An Bình', issuer: 'ỦY BAN NHÂN DÂN XÃ AN BÌNH', references: [],
      sections: [{ numeral: 'I', title: 'MỤC ĐÍCH, YÊU CẦU' }, { numeral: 'II', title: 'TỔ CHỨC THỰC HIỆN' }],
      reporting: ['trước ngày 15/12/2026'], signer: { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Trần Văn Bình' }, archive_line: '- Lưu: VT.',
    };
    writeFileSync(join(root, 'corpus', 'truth', 'an-binh.json'), JSON.stringify(anBinh));
    const found = findScoredPlans([join(root, 'corpus'), join(root, 'seeds'), join(root, 'absent')]);
    expect(found.missing).toEqual([join(root, 'absent')]);
    expect(found.noTruth).toEqual([join(root, 'seeds', 'no-truth.txt')]);
    expect(found.plans.map((p) => p.name)).toEqual(['an-binh']);
    const score = scorePlan(found.plans[0]);
    expect(score.error).toBeNull();
    expect(Object.entries(score.fields).filter(([, r]) => !r.ok).map(([f]) => f)).toEqual([]);
  });
});
