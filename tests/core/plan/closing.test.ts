import { describe, expect, it } from 'vitest';
import { readFixture, readText } from './support';

const closing = (...lines: string[]) => readText(['KẾ HOẠCH', 'Công tác năm 2026', 'I. MỤC ĐÍCH', 'Bảo đảm hiệu quả./.', ...lines].join('\n'));

describe('Nơi nhận and the signature', () => {
  it('reads the recipients without bullets and the Lưu line as printed', () => {
    const plan = readFixture('so-tu-phap-per-task.txt');
    expect(plan.recipients).toEqual(['UBND tỉnh (b/c);', 'Sở Nội vụ;', 'Giám đốc, các Phó Giám đốc Sở;', 'Các phòng, đơn vị thuộc Sở;']);
    expect(plan.archiveLine).toBe('- Lưu: VT, PBGDPL.');
    expect([plan.at.recipients, plan.at.archiveLine]).toEqual([54, 59]);
  });

  it('reads KT. over the deputy title and the name', () => {
    expect(readFixture('so-tu-phap-per-task.txt').signer).toEqual({ authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Lê Thị Mai Anh', paragraph: 60 });
  });

  it('reads a signing block pasted in the second column of the Nơi nhận rows, after a tab', () => {
    const plan = closing('Nơi nhận:\tTM. ỦY BAN NHÂN DÂN', '- Bộ Nội vụ (b/c);\tKT. CHỦ TỊCH', '- TT Tỉnh ủy;\tPHÓ CHỦ TỊCH', '- Các sở, ngành;\t', '- Lưu: VT, KT.\tNguyễn Quỳnh Thiện');
    expect(plan.signer).toMatchObject({ authority: 'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Quỳnh Thiện' });
    expect(plan.archiveLine).toBe('- Lưu: VT, KT.');
    expect(plan.recipients).toEqual(['Bộ Nội vụ (b/c);', 'TT Tỉnh ủy;', 'Các sở, ngành;']);
  });

  it('reads a two-column closing laid out with runs of spaces, as a PDF copy keeps it', () => {
    const plan = closing('Nơi nhận:                                  TM. ỦY BAN NHÂN DÂN', '- Bộ NN&MT (b/c);                               KT. CHỦ TỊCH', '- TT Tỉnh ủy;                                  PHÓ CHỦ TỊCH', '- Lưu: VT, NN.', '                                               Hoàng Nam');
    expect(plan.signer).toMatchObject({ authority: 'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Hoàng Nam' });
    expect(plan.archiveLine).toBe('- Lưu: VT, NN.');
    expect(plan.recipients).toEqual(['Bộ NN&MT (b/c);', 'TT Tỉnh ủy;']);
  });

  it('reads the name alone in the second column, under recipients without a tab', () => {
    const plan = closing('Nơi nhận:\tTM. ỦY BAN NHÂN DÂN', '- UBND tỉnh (b/c);\tCHỦ TỊCH', '- Các thôn;', '- Lưu: VT.', '\tLê Văn Hòa');
    expect(plan.signer).toMatchObject({ authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Lê Văn Hòa' });
    expect(plan.archiveLine).toBe('- Lưu: VT.');
  });

  it.each([
    [['KT. CHỦ TỊCH PHÓ CHỦ TỊCH', 'Trần Chí Cường'], 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Trần Chí Cường'],
    [['TM. ỦY BAN NHÂN DÂN CHỦ TỊCH', 'Trần Chí Cường'], 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Trần Chí Cường'],
    [['TL. CHỦ TỊCH CHÁNH VĂN PHÒNG', '(Đã ký)', 'Trần Chí Cường'], 'TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG', 'Trần Chí Cường'],
    [['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC Giàng A Tính'], 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Giàng A Tính'],
    [['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH Y Thanh Niê'], 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Y Thanh Niê'],
  ])('reads a signing block whose title shares a line with the authority or the name %j', (block, authority, title, name) => {
    const plan = closing('Nơi nhận:', '- Như trên;', '- Lưu: VT.', ...block);
    expect(plan.signer).toMatchObject({ authority, title, name });
  });

  it('leaves an authority with no title after it as printed', () => {
    const plan = closing('Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'KT. CHỦ TỊCH', 'Trần Chí Cường');
    expect(plan.signer).toMatchObject({ authority: 'KT. CHỦ TỊCH', title: null, name: 'Trần Chí Cường' });
  });

  it('reads a scraped signing table whose bold authority a line break cut ("**TM. ỦY BAN" / "NHÂN DÂN**")', () => {
    const plan = closing('|', '* *', '*Nơi nhận:*', '- Bộ Khoa học và Công nghệ;', '- Lưu: VT, Vx3.', '|', '**TM. ỦY BAN', 'NHÂN DÂN**', 'KT. CHỦ TỊCH', '**PHÓ CHỦ TỊCH**', '**Tống Thanh Hải**', '|');
    expect(plan.signer).toMatchObject({ authority: 'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Tống Thanh Hải' });
    expect(plan.archiveLine).toBe('- Lưu: VT, Vx3.');
  });

  it('joins TM. and KT. lines and drops the markdown asterisks of a pasted draft', () => {
    expect(readFixture('xa-none-style.txt').signer).toMatchObject({ authority: 'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn Bình' });
  });

  it.each([
    [['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Trương Văn An'], 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
    [['Q. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Trương Văn An'], 'Q. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
    [['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG', 'Trương Văn An'], 'TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG'],
    [['TUQ. CHỦ TỊCH', 'GIÁM ĐỐC SỞ NỘI VỤ', '(Đã ký)', 'Trương Văn An'], 'TUQ. CHỦ TỊCH', 'GIÁM ĐỐC SỞ NỘI VỤ'],
  ])('reads the signing block %j', (block, authority, title) => {
    const plan = closing('Nơi nhận:', '- Như trên;', '- Lưu: VT.', ...block);
    expect(plan.signer).toMatchObject({ authority, title, name: 'Trương Văn An' });
  });

  it('reads a signature with no authority line', () => {
    const plan = closing('Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'CHỦ TỊCH', 'Trương Văn An');
    expect(plan.signer).toMatchObject({ authority: null, title: 'CHỦ TỊCH', name: 'Trương Văn An' });
  });

  it('reads the signature when it comes before Nơi nhận', () => {
    const plan = closing('KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Trương Văn An', 'Nơi nhận:', '- Sở Nội vụ;', '- Lưu: VT, NC.');
    expect(plan.signer).toMatchObject({ authority: 'KT. CHỦ TỊCH', name: 'Trương Văn An' });
    expect(plan.recipients).toEqual(['Sở Nội vụ;']);
    expect(plan.archiveLine).toBe('- Lưu: VT, NC.');
  });

  it('has no signer, recipients or Lưu line when the plan has none', () => {
    const plan = closing();
    expect([plan.signer, plan.recipients, plan.archiveLine]).toEqual([null, [], null]);
  });
});

describe('closings printed other ways', () => {
  it('reads a Lưu line without its colon, and without a Nơi nhận heading', () => {
    const plan = closing('- Như trên;', '- Lưu VT, NC.', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Trương Văn An');
    expect(plan.archiveLine).toBe('- Lưu VT, NC.');
    expect(plan.signer?.name).toBe('Trương Văn An');
  });

  it('reads a name printed in capitals, even a surname that looks like a title word', () => {
    const plan = closing('Nơi nhận:', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'TRƯƠNG CẢNH TUYÊN');
    expect(plan.signer).toMatchObject({ title: 'CHỦ TỊCH', name: 'TRƯƠNG CẢNH TUYÊN' });
  });
});

describe('a plan that ends on its signature alone', () => {
  it('reads a title and name with no Nơi nhận and no TM./KT. line', () => {
    const plan = closing('CHỦ TỊCH', 'Trương Văn An');
    expect(plan.signer).toMatchObject({ authority: null, title: 'CHỦ TỊCH', name: 'Trương Văn An' });
    expect(plan.sections[0].endParagraph).toBe(4);
  });
});

describe('a copy of a digitally signed plan', () => {
  it('passes over the signature stamp between the title and the name', () => {
    const plan = closing('Nơi nhận:', '- Lưu: VT.', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Ký bởi: Ủy ban Nhân dân tỉnh', 'Ngày ký: 19-11-2025 10:40', 'Tống Thanh Hải');
    expect(plan.signer).toMatchObject({ authority: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Tống Thanh Hải' });
  });
});

describe('names with a rank or a degree before them', () => {
  it.each(['Đại tá Nguyễn Văn An', 'TS. Lê Thị Bình'])('reads "%s" as the name', (name) => {
    expect(closing('Nơi nhận:', '- Lưu: VT.', 'KT. CHỈ HUY TRƯỞNG', 'PHÓ CHỈ HUY TRƯỞNG', name).signer?.name).toBe(name);
  });
});

describe('ethnic-minority names', () => {
  it.each(["H' Yim Kđoh", 'Y Thanh Niê', 'Ksor Phước'])('reads "%s" as the name', (name) => {
    expect(closing('Nơi nhận:', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', name).signer?.name).toBe(name);
  });
});

describe('older signing prefixes', () => {
  it('reads "T/M" and "K/T"', () => {
    expect(closing('Nơi nhận:', '- Lưu: VT.', 'T/M ỦY BAN NHÂN DÂN', 'K/T CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Lò Văn Pọm').signer).toMatchObject({ authority: 'T/M ỦY BAN NHÂN DÂN K/T CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Lò Văn Pọm' });
  });
});

describe('a name followed by "(Đã ký)"', () => {
  it('reads the name without the mark', () => {
    expect(closing('Nơi nhận:', '- Lưu: VT.', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Lê Văn Tám (Đã ký)').signer?.name).toBe('Lê Văn Tám');
  });
});

describe('a draft\'s signature in a text copy', () => {
  it('reads a bare title after Nơi nhận as the signer, and "PHỤ LỤC" after it is not a name', () => {
    const plan = closing('Nơi nhận:', '- UBND huyện;', '- Lưu: VT.', 'CHỦ TỊCH', '', 'PHỤ LỤC', 'DANH MỤC NHIỆM VỤ');
    expect(plan.signer).toMatchObject({ authority: null, title: 'CHỦ TỊCH', name: null });
  });
});
