import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../src/core/checks/engine';
import { recipientsMissing } from '../../../src/core/checks/rules/form/recipientsMissing';
import { archiveLineMissing } from '../../../src/core/checks/rules/form/archiveLineMissing';
import { signatureAuthority } from '../../../src/core/checks/rules/form/signatureAuthority';
import { trichYeuVv } from '../../../src/core/checks/rules/form/trichYeuVv';
import { unitNameStale } from '../../../src/core/checks/rules/form/unitNameStale';
import { legacyEncoding } from '../../../src/core/checks/rules/form/legacyEncoding';
import { tonePlacementMixed } from '../../../src/core/checks/rules/spelling/tonePlacementMixed';
import { frontAssigned } from '../../../src/core/checks/rules/form/frontAssigned';
import type { Signer } from '../../../src/core/plan/model';
import { closingOf, ctxOf, place, planOf, section, snapshotOf, snapshotWith } from './builders';

const ending = ['Trên đây là Kế hoạch …/.', 'Nơi nhận:', '- Sở Nội vụ (b/c);', '- Lưu: VT, VHXH.', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Tô Văn Lượng'];

describe('recipients-missing', () => {
  it('accepts a plan with "Nơi nhận:"', () => {
    const closing = closingOf({ recipientsHeading: place(2, 'Nơi nhận:'), recipients: [place(3, 'Sở Nội vụ (b/c);')] });
    expect(checkPlan(ctxOf(planOf({ closing }), snapshotOf(ending)), {}, [recipientsMissing])).toEqual([]);
    // A "Nơi nhận:" the reader found outside the closing is enough too.
    expect(checkPlan(ctxOf(planOf({ closing: closingOf({ recipientsHeading: place(2, 'Nơi nhận:') }) }), snapshotOf(ending)), {}, [recipientsMissing])).toEqual([]);
  });

  it('flags a plan without "Nơi nhận:", at the signature', () => {
    const plan = planOf({ signer: { authority: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Tô Văn Lượng', paragraph: 5 } });
    const found = checkPlan(ctxOf(plan, snapshotOf(['Trên đây là Kế hoạch./.', '', '', '', 'KT. CHỦ TỊCH'])), {}, [recipientsMissing]);
    expect(found.map((f) => [f.location.paragraph, f.severity])).toEqual([[5, 'error']]);
  });
});

describe('archive-line-missing', () => {
  const check = (archiveLine: string | null, lines = ending) => {
    const closing = closingOf({ recipientsHeading: place(2, 'Nơi nhận:'), recipients: [place(3, 'Sở Nội vụ (b/c);')], archiveLine: archiveLine ? place(lines.indexOf(archiveLine) + 1, archiveLine) : null });
    return checkPlan(ctxOf(planOf({ archiveLine, recipients: ['- Sở Nội vụ (b/c);'], closing }), snapshotOf(lines)), {}, [archiveLineMissing]);
  };

  it('accepts "- Lưu: VT, VHXH." and initials in parentheses', () => {
    expect(check('- Lưu: VT, VHXH.')).toEqual([]);
    expect(check('- Lưu: VT, TH (Ta).', [...ending.slice(0, 3), '- Lưu: VT, TH (Ta).'])).toEqual([]);
  });

  it('flags a recipients list without a "Lưu" line as an error', () => {
    const found = check(null, ending.filter((l) => !l.includes('Lưu')));
    expect(found.map((f) => f.severity)).toEqual(['error']);
  });

  it('warns when the line does not name VT or lacks its full stop', () => {
    const noVt = check('- Lưu: VP UBND tỉnh.', [...ending.slice(0, 3), '- Lưu: VP UBND tỉnh.']);
    expect(noVt.map((f) => [f.location.paragraph, f.severity])).toEqual([[4, 'warning']]);
    const noStop = check('- Lưu: VT, TH, VX', [...ending.slice(0, 3), '- Lưu: VT, TH, VX']);
    expect(noStop[0].message).toBe('Dòng lưu phải kết thúc bằng dấu chấm: "- Lưu: VT, TH, VX"');
  });
});

describe('signature-authority', () => {
  const check = (signer: Signer, lines: string[] = [], issuer = 'ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK') =>
    checkPlan(ctxOf(planOf({ signer: { ...signer, paragraph: 9 }, issuer }), snapshotOf(lines)), {}, [signatureAuthority]);

  it('accepts "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"', () => {
    expect(check({ authority: 'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'A' })).toEqual([]);
  });

  it('warns when a committee’s plan is signed "KT. CHỦ TỊCH" with no "TM." line', () => {
    const found = check({ authority: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Hồ Thị Nguyên Thảo' });
    expect(found.map((f) => [f.location.paragraph, f.severity])).toEqual([[9, 'warning']]);
  });

  it('accepts "KT. CHỦ TỊCH" when the Chủ tịch issues the plan in his own name', () => {
    expect(check({ authority: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'A' }, ['Chủ tịch UBND xã ban hành Kế hoạch thực hiện Chương trình, như sau:'])).toEqual([]);
  });

  it('flags a deputy signing without "KT." as an error', () => {
    const found = check({ authority: 'TM. ỦY BAN NHÂN DÂN', title: 'PHÓ CHỦ TỊCH', name: 'A' });
    expect(found.map((f) => f.severity)).toEqual(['error']);
    expect(found[0].message).toContain('KT.');
  });
});

describe('trich-yeu-vv', () => {
  it('flags a plan title that starts with "V/V"', () => {
    const found = checkPlan(ctxOf(planOf({ title: 'V/V HỖ TRỢ NHU YẾU PHẨM KHẨN CẤP', at: { title: 11 } })), {}, [trichYeuVv]);
    expect(found.map((f) => [f.location.paragraph, f.message])).toEqual([[11, 'Trích yếu của Kế hoạch không bắt đầu bằng "V/v" (chỉ dùng cho công văn); ghi thẳng nội dung: "HỖ TRỢ NHU YẾU PHẨM KHẨN CẤP"']]);
  });

  it('accepts a title that names its subject directly', () => {
    expect(checkPlan(ctxOf(planOf({ title: 'Thực hiện Chương trình bình đẳng giới' })), {}, [trichYeuVv])).toEqual([]);
  });
});

describe('unit-name-stale', () => {
  const check = (date: string | null, lines: Record<number, string>, preamble?: [number, number]) =>
    checkPlan(ctxOf(planOf({ date, at: preamble ? { preamble } : {} }), snapshotWith(30, lines)), {}, [unitNameStale]);

  it('warns about "UBND các huyện" and "Sở LĐTBXH" in a plan issued after 1/7/2025', () => {
    const found = check('2025-11-20', { 20: 'Giao UBND các huyện chủ trì triển khai.', 21: 'Sở Lao động - Thương binh và Xã hội theo dõi, tổng hợp.' });
    expect(found.map((f) => [f.location.paragraph, f.severity])).toEqual([[20, 'warning'], [21, 'warning']]);
    expect(found[1].message).toMatch(/^"Sở Lao động - Thương binh và Xã hội" không còn tồn tại sau khi sắp xếp bộ máy năm 2025; kiểm tra lại: Sở Nội vụ/);
  });

  it('checks a draft with no date yet', () => {
    expect(check(null, { 20: 'Sở Kế hoạch và Đầu tư tham mưu bố trí vốn.' })).toHaveLength(1);
  });

  it('leaves plans issued before the reorganisation, and the preamble’s citations, alone', () => {
    expect(check('2024-03-01', { 20: 'Giao UBND các huyện chủ trì.' })).toEqual([]);
    expect(check('2025-11-20', { 5: 'Căn cứ Kế hoạch số 12/KH-SLĐTBXH của Sở Lao động - Thương binh và Xã hội;' }, [5, 6])).toEqual([]);
  });
});

describe('legacy-encoding', () => {
  it('flags a document set in a ".Vn" font', () => {
    const snapshot = snapshotOf(['KẾ HOẠCH', 'Thùc hiÖn']);
    snapshot.paragraphs[1].run = { font: '.VnTime' };
    const found = checkPlan(ctxOf(planOf({}), snapshot), {}, [legacyEncoding]);
    expect(found.map((f) => [f.location.paragraph, f.severity])).toEqual([[2, 'error']]);
    expect(found[0].message).toContain('TCVN3');
    expect(found[0].fix).toMatchObject({ kind: 'convert-legacy', paragraph: 2 });
  });

  it('names the encoding by the font: "VNI-Times" is VNI-Windows, the fonts the reader lists as legacy are flagged alike', () => {
    const snapshot = snapshotOf(['KẾ HOẠCH', 'Keá hoaïch']);
    snapshot.paragraphs[1].run = { font: 'VNI-Times' };
    expect(checkPlan(ctxOf(planOf({}), snapshot), {}, [legacyEncoding]).map((f) => f.message)).toEqual(['Văn bản dùng phông "VNI-Times" (mã VNI-Windows), không phải Unicode; cần chuyển mã sang Unicode (TCVN 6909:2001) trước khi ban hành']);
    snapshot.paragraphs[1].run = { font: 'VN Times' };
    expect(checkPlan(ctxOf(planOf({}), snapshot), {}, [legacyEncoding])).toHaveLength(1);
  });

  it('flags text full of TCVN3 symbols, with no fix: without a legacy font the text has nothing to tell its encoding by', () => {
    const found = checkPlan(ctxOf(planOf({}), snapshotOf(['Tæ chøc thùc hiÖn kÕ ho¹ch n¨m 2026 cña ñy ban'])), {}, [legacyEncoding]);
    expect(found).toHaveLength(1);
    expect(found[0].fix).toBeUndefined();
  });

  it('accepts Unicode Vietnamese', () => {
    expect(checkPlan(ctxOf(planOf({}), snapshotOf(['Tổ chức thực hiện kế hoạch năm 2026 của Ủy ban nhân dân xã; ê ô ơ ư à á ã è é ì í ò ó õ ù ú ý'])), {}, [legacyEncoding])).toEqual([]);
  });
});

describe('tone-placement-mixed', () => {
  it('notes, once, the first word written against the document’s majority placement', () => {
    const snapshot = snapshotOf(['ỦY BAN NHÂN DÂN', 'Ủy ban nhân dân xã hòa giải', 'Uỷ ban Mặt trận', 'Ủy ban kiểm tra']);
    const found = checkPlan(ctxOf(planOf({}), snapshot), {}, [tonePlacementMixed]);
    expect(found.map((f) => [f.location.paragraph, f.severity])).toEqual([[3, 'info']]);
    expect(found[0].message).toBe('Văn bản dùng lẫn hai cách đặt dấu thanh ("Uỷ" và "Ủy"): 1 chỗ đặt khác phần lớn văn bản; nên thống nhất một cách, như "Ủy"');
  });

  it('accepts a document that keeps to one placement, old or new', () => {
    expect(checkPlan(ctxOf(planOf({}), snapshotOf(['Uỷ ban', 'hoà giải'])), {}, [tonePlacementMixed])).toEqual([]);
    expect(checkPlan(ctxOf(planOf({}), snapshotOf(['Ủy ban', 'hòa giải', 'quý IV'])), {}, [tonePlacementMixed])).toEqual([]);
  });
});

describe('front-assigned', () => {
  const org = [section('V', 'organization', 10, 20)];
  const check = (lines: Record<number, string>) => checkPlan(ctxOf(planOf({ sections: org }), snapshotWith(25, lines)), {}, [frontAssigned]);

  it('warns when the plan "giao" the Fatherland Front a task', () => {
    const found = check({ 5: 'Giao Ủy ban Mặt trận Tổ quốc Việt Nam xã chủ trì vận động Nhân dân.' });
    expect(found.map((f) => [f.location.paragraph, f.severity])).toEqual([[5, 'warning']]);
    expect(found[0].message).toBe('Với Ủy ban Mặt trận Tổ quốc, kế hoạch của UBND dùng "Đề nghị", không dùng "Giao"');
  });

  it('warns about a Tổ chức thực hiện item that names a mass organisation without "Đề nghị"', () => {
    expect(check({ 14: '3. Hội Liên hiệp Phụ nữ xã: vận động hội viên tham gia.' }).map((f) => f.location.paragraph)).toEqual([14]);
  });

  it('accepts "Đề nghị Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội"', () => {
    expect(check({ 14: '3. Đề nghị Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội xã: phối hợp tuyên truyền.' })).toEqual([]);
  });
});
