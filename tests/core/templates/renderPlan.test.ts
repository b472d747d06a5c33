import { describe, expect, it } from 'vitest';
import type { Block, Inline } from '../../../src/core/blocks';
import { compileTemplate } from '../../../src/core/templates/compileTemplates';
import { linesToBlocks } from '../../../src/core/templates/linesToBlocks';
import { renderPlan, renderTemplate, parseSectionList } from '../../../src/core/templates/renderPlan';
import type { TemplateSet } from '../../../src/core/templates/templateSet';
import { example, inputErrors, prepare, shippedTemplates } from './support';

const set = shippedTemplates();
const xa = prepare(example('xa-dong-viet'), 'examples/xa-dong-viet.yaml');
const vp = prepare(example('vp-ubnd-lai-chau'), 'examples/vp-ubnd-lai-chau.yaml');

const inlinesOf = (b: Block): Inline[] => ('inlines' in b ? b.inlines : []);
const textOf = (b: Block): string => {
  switch (b.type) {
    case 'section':
      return `${b.numeral}. ${b.title}`;
    case 'item':
      return `${b.marker} ${inlinesOf(b).map((i) => i.text).join('')}`;
    case 'header':
      return [b.parentBody, b.issuer, b.number, b.placeDate].filter(Boolean).join('\n');
    case 'signature':
      return [...b.recipients, ...b.authority, b.title, b.name].join('\n');
    case 'doc-kind':
    case 'subject':
      return b.text;
    default:
      return inlinesOf(b).map((i) => i.text).join('');
  }
};
const plainText = (blocks: Block[]) => blocks.map(textOf).join('\n');
const fields = (blocks: Block[], tag: string) => blocks.flatMap(inlinesOf).filter((i) => i.field === tag).map((i) => i.text);

/** A one-template set from text, as a maintainer would write it. */
function one(text: string, name = 't'): TemplateSet {
  return { [name]: compileTemplate({ name, file: `sections/${name}.hbs`, text }) };
}

describe('template lines → blocks', () => {
  it('reads "# " as a section, "## " as a titled khoản, "### " as an upright điểm, "> " as a preamble line', () => {
    let n = 0;
    const blocks = linesToBlocks('# MỤC TIÊU\n\n## 1. Mục tiêu chung\n### a) Nội dung\n- Gạch đầu dòng\n> Căn cứ Luật;\n> Thực hiện Kế hoạch.\nĐoạn thường', () => ['I', 'II'][n++]);
    expect(blocks).toEqual([
      { type: 'section', numeral: 'I', title: 'MỤC TIÊU' },
      { type: 'item', marker: '1.', inlines: [{ text: 'Mục tiêu chung' }], bold: true },
      { type: 'item', marker: 'a)', inlines: [{ text: 'Nội dung' }], bold: false },
      { type: 'paragraph', inlines: [{ text: '- Gạch đầu dòng' }] },
      { type: 'basis', inlines: [{ text: 'Căn cứ Luật;' }] },
      { type: 'basis', inlines: [{ text: 'Thực hiện Kế hoạch.' }] },
      { type: 'paragraph', inlines: [{ text: 'Đoạn thường' }] },
    ]);
  });

  it('never takes a value for a line prefix: a value starting with "# " stays a paragraph', () => {
    const out = renderTemplate(one('{{x}}'), 't', { x: '# không phải mục' });
    expect(linesToBlocks(out, () => 'I')).toEqual([{ type: 'paragraph', inlines: [{ text: '# không phải mục' }] }]);
  });
});

describe('rendering a plan from templates, parent and form', () => {
  const blocks = renderPlan(set, xa.ctx);
  const text = plainText(blocks);

  it('draws the header from data: no parent body for a UBND xã, blank number and day for the văn thư', () => {
    expect(blocks[0]).toMatchObject({ type: 'header', parentBody: null, issuer: 'ỦY BAN NHÂN DÂN XÃ ĐỒNG VIỆT' });
    if (blocks[0].type !== 'header') return;
    expect(blocks[0].number).toMatch(/^Số: +\/KH-UBND$/);
    expect(blocks[0].placeDate).toMatch(/^Đồng Việt, ngày {3,} tháng 5 năm 2026$/);
    expect(blocks[1]).toEqual({ type: 'doc-kind', text: 'KẾ HOẠCH' });
    expect(blocks[2].type).toBe('subject');
  });

  it('numbers the sections I to VI in plan order', () => {
    expect(blocks.filter((b) => b.type === 'section').map(textOf)).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. MỤC TIÊU',
      'III. NHIỆM VỤ, GIẢI PHÁP',
      'IV. KINH PHÍ THỰC HIỆN',
      'V. TỔ CHỨC THỰC HIỆN',
      'VI. CHẾ ĐỘ BÁO CÁO',
    ]);
  });

  it('cites the grandparent as Căn cứ and the parent in full at first mention, tagged', () => {
    expect(text).toContain('Căn cứ Quyết định số 2282/QĐ-TTg ngày 31/12/2020 của Thủ tướng Chính phủ phê duyệt Chương trình');
    expect(fields(blocks, 'kh:parent-citation')).toEqual([
      'Kế hoạch số 163/KH-UBND ngày 12/5/2026 của Chủ tịch UBND tỉnh Bắc Ninh về thực hiện Chương trình Tăng cường sự tham gia bình đẳng của phụ nữ trong các vị trí lãnh đạo và quản lý ở các cấp hoạch định chính sách giai đoạn 2026-2030 trên địa bàn tỉnh',
    ]);
  });

  const taskBlocks = () => {
    const at = (numeral: string) => blocks.findIndex((b) => b.type === 'section' && b.numeral === numeral);
    return blocks.slice(at('III'), at('IV'));
  };

  it('gives every task the commune carries out a lead unit, cooperating units and a timing, as tagged fields', () => {
    // Parent tasks 1, 2, 3 and 5 (4, hợp tác quốc tế, does not apply at commune level), then the commune's own.
    expect(fields(blocks, 'kh:lead').slice(0, 5)).toEqual(['Phòng Văn hóa - Xã hội xã', 'Phòng Văn hóa - Xã hội xã', 'Phòng Văn hóa - Xã hội xã', 'Văn phòng HĐND và UBND xã', 'Văn phòng HĐND và UBND xã']);
    expect(fields(blocks, 'kh:cooperating')[0]).toBe('Ban Xây dựng Đảng của Đảng ủy xã, Văn phòng HĐND và UBND xã');
    const headings = taskBlocks().filter((b) => b.type === 'item' && /^\d+\.$/.test(b.marker)).map(textOf);
    expect(headings).toEqual([
      '1. Tăng cường sự lãnh đạo, chỉ đạo đối với công tác cán bộ nữ',
      '2. Đào tạo, bồi dưỡng cán bộ nữ gắn với quy hoạch, tạo nguồn',
      '3. Truyền thông, nâng cao nhận thức về bình đẳng giới',
      '4. Kiểm tra, giám sát và thống kê',
      '5. Rà soát, giới thiệu cán bộ nữ vào quy hoạch',
    ]);
  });

  it('keeps a task heading to one bold line, the rest of the wording under it', () => {
    const bold = taskBlocks().filter((b) => b.type === 'item' && b.bold).map(textOf);
    expect(bold.every((h) => h.length <= 80)).toBe(true);
    expect(text).toContain('Rà soát, cử cán bộ, công chức nữ của xã tham gia các lớp đào tạo, bồi dưỡng');
  });

  it("lists the indicators that apply at the commune's level, with its own values and base", () => {
    expect(fields(blocks, 'kh:target')).toEqual(['50%', '100%']);
    expect(text).toContain('Chỉ tiêu 1: Đến năm 2030, tỷ lệ nữ trong diện quy hoạch các chức danh lãnh đạo, quản lý đạt 50% (năm 2025 đạt 38%).');
    expect(text).not.toContain('có lãnh đạo chủ chốt là nữ');
  });

  it("sets the plan's own reporting deadline before the parent's by the level's margin, the units under it before that", () => {
    expect(fields(blocks, 'kh:report-deadline')).toEqual(['trước ngày 30/11 hằng năm']);
    expect(text).toContain('Các cơ quan, đơn vị, thôn báo cáo kết quả thực hiện Kế hoạch về UBND xã Đồng Việt (qua Phòng Văn hóa - Xã hội xã) trước ngày 25/11 hằng năm');
    expect(text).toContain('báo cáo UBND tỉnh Bắc Ninh (qua Sở Nội vụ tỉnh Bắc Ninh) trước ngày 30/11 hằng năm');
    expect(fields(renderPlan(set, vp.ctx), 'kh:report-deadline')).toEqual(['trước ngày 30/11 hằng năm']);
  });

  it('asks the Front and mass organisations with "Đề nghị", never "Giao"', () => {
    const org = blocks.filter((b) => b.type === 'item' && b.bold).map(textOf);
    expect(org).toContain('5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội xã');
    expect(org).toContain('6. Đề nghị Hội Liên hiệp Phụ nữ xã');
    expect(org).toContain('1. Phòng Văn hóa - Xã hội xã');
    expect(text).not.toMatch(/\bGiao\b/u);
  });

  it("says what a commune can do: no provincial body, no task it cannot carry out, no student incubator", () => {
    for (const unit of ['Phòng Văn hóa - Xã hội xã', 'Văn phòng HĐND và UBND xã', 'Phòng Kinh tế xã', 'Hội Liên hiệp Phụ nữ xã', 'Ban Xây dựng Đảng']) expect(text).toContain(unit);
    for (const idea of ['MỤC ĐÍCH, YÊU CẦU', 'KINH PHÍ', 'Kiểm tra, giám sát']) expect(text).toContain(idea);
    for (const gone of ['vườn ươm', 'sinh viên', 'hợp tác quốc tế', 'thanh tra', 'Sở Ngoại vụ']) expect(text).not.toContain(gone);
    expect(text).not.toMatch(/huyện|Lao động - Thương binh|Mặt trận Tổ quốc tỉnh|UBND các xã, phường/u);
  });

  it('builds Nơi nhận from the body it reports to, the units it assigns and the organisations it asks', () => {
    const sig = blocks[blocks.length - 1];
    if (sig.type !== 'signature') throw new Error('no signature');
    expect(sig.recipients.slice(0, 2)).toEqual(['UBND tỉnh Bắc Ninh (b/c);', 'Sở Nội vụ tỉnh Bắc Ninh (b/c);']);
    for (const r of ['Phòng Văn hóa - Xã hội xã;', 'Hội Liên hiệp Phụ nữ xã;', 'TT Đảng ủy, TT HĐND xã;']) expect(sig.recipients).toContain(r);
  });

  it('ends Nơi nhận with "Lưu: VT, …." and signs KT. CHỦ TỊCH / PHÓ CHỦ TỊCH', () => {
    const sig = blocks[blocks.length - 1];
    expect(sig.type).toBe('signature');
    if (sig.type !== 'signature') return;
    expect(sig.recipients[sig.recipients.length - 1]).toBe('Lưu: VT, VHXH.');
    expect(sig.recipients.slice(0, -1).every((r) => r.endsWith(';'))).toBe(true);
    expect([sig.authority, sig.title, sig.name]).toEqual([['KT. CHỦ TỊCH'], 'PHÓ CHỦ TỊCH', 'Tô Văn Lượng']);
  });

  it("uses a level's own template before the common one (budget of a xã, of a provincial office)", () => {
    expect(text).toContain('dự toán ngân sách xã');
    expect(plainText(renderPlan(set, vp.ctx))).toContain('chi thường xuyên được giao hằng năm của Văn phòng UBND tỉnh');
  });

  it('drafts only the chosen sections, numbered as in the whole plan', () => {
    const part = renderPlan(set, xa.ctx, { sections: parseSectionList('tasks,reporting') });
    expect(part.filter((b) => b.type === 'section').map(textOf)).toEqual(['III. NHIỆM VỤ, GIẢI PHÁP', 'VI. CHẾ ĐỘ BÁO CÁO']);
    expect(part.some((b) => b.type === 'header' || b.type === 'signature')).toBe(false);
    expect(() => parseSectionList('tasks,kinh-phi')).toThrow(/không có mục "kinh-phi"; chọn trong: header, preamble/);
  });
});

describe('values come out exactly as typed', () => {
  it('keeps < > & " \' and Vietnamese text, and a line break stays inside its paragraph', () => {
    const typed = 'Ngân sách <xã> & nguồn "xã hội hoá" \'hợp pháp\'\nDòng hai: Đồng Việt';
    const form = example('xa-dong-viet').replace('reporting:\n', `budget: ${JSON.stringify(typed)}\nreporting:\n`);
    const blocks = renderPlan(set, prepare(form).ctx);
    expect(blocks.flatMap(inlinesOf).map((i) => i.text)).toContain(typed);
    const lead = renderTemplate(one('Đơn vị chủ trì: {{field "lead" x}}'), 't', { x: '<Phòng> & "A" \'B\'' });
    expect(linesToBlocks(lead, () => 'I')).toEqual([{ type: 'paragraph', inlines: [{ text: 'Đơn vị chủ trì: ' }, { text: '<Phòng> & "A" \'B\'', field: 'kh:lead' }] }]);
  });
});

describe('strict templates: errors with file, line and column', () => {
  it('a missing field is an error naming the field, the template and its line, never an empty string', () => {
    expect(inputErrors(() => renderTemplate(one('# MỤC TIÊU\nĐạt {{target.value}}'), 't', { target: {} }))).toEqual(['sections/t.hbs:2:7: trường "target.value" không có trong dữ liệu']);
  });

  it('a missing field given to a helper or a block is an error too', () => {
    expect(inputErrors(() => renderTemplate(one('x\n  Chủ trì: {{field "lead" task.lead}}'), 't', { task: {} }))).toEqual(['sections/t.hbs:2:27: trường "task.lead" không có trong dữ liệu']);
    expect(inputErrors(() => renderTemplate(one('{{#each cong_viec}}\n{{/each}}'), 't', {}))).toEqual(['sections/t.hbs:1:9: trường "cong_viec" không có trong dữ liệu']);
    expect(inputErrors(() => renderTemplate(one('{{#if kinhPhi}}có{{/if}}'), 't', { kinhPhi: null }))).toEqual([]);
  });

  it('a syntax error names the template, line and column', () => {
    expect(inputErrors(() => one('# MỤC TIÊU\nĐạt {{#if x}\n'))).toEqual(['sections/t.hbs:2:12: lỗi cú pháp mẫu: gặp ký tự không hợp lệ, chỗ này cần cú pháp {{…}} khác']);
    expect(inputErrors(() => one('{{#each tasks}}\n## {{code}}'))[0]).toMatch(/^sections\/t\.hbs:2:\d+: lỗi cú pháp mẫu: mẫu kết thúc khi một khối \{\{#…\}\} chưa đóng/);
    expect(inputErrors(() => one('{{#if a}}\n{{/each}}'))).toEqual(['sections/t.hbs:1:4: khối {{#if}} lại đóng bằng {{/each}}']);
  });

  it('an unknown helper or field kind is named with its place, every unknown helper at once', () => {
    expect(inputErrors(() => one('\nChủ trì: {{fied "lead" x}}'))[0]).toMatch(/^sections\/t\.hbs:2:12: không có helper "fied"/);
    const both = inputErrors(() => one('{{fied "lead" x}}\n{{dateshort d}}'));
    expect(both).toHaveLength(2);
    expect(both[0]).toMatch(/^sections\/t\.hbs:1:3: không có helper "fied"/);
    expect(both[1]).toMatch(/^sections\/t\.hbs:2:3: không có helper "dateshort"/);
    expect(inputErrors(() => renderTemplate(one('{{field "chu-tri" x}}'), 't', { x: 'a' }))[0]).toMatch(/^sections\/t\.hbs:1:1: không có trường "chu-tri"; dùng một trong: lead, cooperating, timing/);
  });

  it('a helper given the wrong kind of value says so at its place', () => {
    expect(inputErrors(() => renderTemplate(one('Ngày {{dateShort d}}'), 't', { d: '12/5/2026' }))[0]).toMatch(/^sections\/t\.hbs:1:6: helper "dateShort": .*YYYY-MM-DD/);
  });

  it('offers the helpers of the domain: dates, Roman numerals, điểm letters', () => {
    const out = renderTemplate(one('{{dateShort d}} | {{dateLong d}} | {{dateBox4 d}} | {{roman 4}} | {{diem 4}} | {{measure 62.5 "%"}}'), 't', { d: '2026-06-05' });
    expect(linesToBlocks(out, () => 'I')).toEqual([{ type: 'paragraph', inlines: [{ text: '05/6/2026 | ngày 5 tháng 6 năm 2026 | ngày 05 tháng 6 năm 2026 | IV | đ | 62,5%' }] }]);
  });
});
