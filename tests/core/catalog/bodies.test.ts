import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodiesFrom, findBodies, leadWords, matchBody } from '../../../src/core/catalog/bodies';
import { BODIES_DATA } from '../../../src/core/catalog/generated/bodies';
import { parseBodies } from '../../../src/core/catalog/bodiesFile';
import { KhInputError } from '../../../src/core/errors';
import { BODIES_MODULE, generateBodiesModule } from '../../../scripts/precompile-templates';

const ROOT = join(__dirname, '..', '..', '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures');

describe('the catalog of public bodies (templates/catalog/bodies.yaml)', () => {
  it.each([
    ['Bộ Nội vụ', 'bo', 'trung-uong'],
    ['Ban Tuyên giáo và Dân vận Trung ương', 'dang-tw', 'trung-uong'],
    ['Sở Văn hóa, Thể thao và Du lịch', 'so', 'tinh'],
    ['Ủy ban nhân dân tỉnh Lâm Đồng', 'ubnd', 'tinh'],
    ['Công an tỉnh', 'cong-an', 'tinh'],
    ['Viện Kiểm sát nhân dân tỉnh', 'vien-kiem-sat', 'tinh'],
    ['Tòa án nhân dân tỉnh', 'toa-an', 'tinh'],
    ['Bộ Chỉ huy Quân sự tỉnh', 'quan-su', 'tinh'],
    ['Ủy ban MTTQ Việt Nam tỉnh', 'mttq', 'tinh'],
    ['Hội Nông dân tỉnh', 'doan-the', 'tinh'],
    ['Tỉnh đoàn', 'doan-the', 'tinh'],
    ['UBND các xã, phường', 'ubnd', 'xa'],
    ['Văn phòng HĐND và UBND xã', 'van-phong', 'xa'],
    ['Phòng Văn hóa - Xã hội', 'phong-xa', 'xa'],
    ['Phòng Kinh tế, Hạ tầng và Đô thị', 'phong-xa', 'xa'],
    ['Công an xã', 'cong-an', 'xa'],
    ['Ban Chỉ huy Quân sự xã', 'quan-su', 'xa'],
    ['Ủy ban Mặt trận Tổ quốc Việt Nam xã', 'mttq', 'xa'],
    ['Thôn Đồng Tâm', 'thon', 'xa'],
    ['Phòng Tổng hợp', 'vp-phong', 'van-phong-ubnd-tinh'],
    ['Trung tâm Phục vụ hành chính công tỉnh', 'vp-phong', 'van-phong-ubnd-tinh'],
  ])('knows "%s" as a body of kind %s at level %s', (name, kind, level) => {
    expect(matchBody(name)).toMatchObject({ name, kind, level });
  });

  it('reads a body by its kind, not from a list: a Sở it has never seen is a Sở', () => {
    expect(matchBody('Sở Ngoại vụ')).toMatchObject({ name: 'Sở Ngoại vụ', kind: 'so', level: 'tinh' });
    expect(matchBody('Bộ Dân tộc và Tôn giáo')).toMatchObject({ kind: 'bo', level: 'trung-uong' });
  });

  it('reads the heading of a point that names a unit: marker and "Giao" / "Đề nghị" before it, other words after it', () => {
    expect(matchBody('2.1. Sở Tài chính')?.name).toBe('Sở Tài chính');
    expect(matchBody('a) Công an tỉnh và các địa phương')?.name).toBe('Công an tỉnh');
    expect(matchBody('c) Đề nghị Viện Kiểm sát nhân dân tỉnh')?.name).toBe('Viện Kiểm sát nhân dân tỉnh');
    expect(matchBody('Giao Sở Nội vụ:')?.name).toBe('Sở Nội vụ');
    expect(matchBody('Sở Tài chính chủ trì, phối hợp với các đơn vị')?.name).toBe('Sở Tài chính');
  });

  it('matches whatever the case and tone placement: "UỶ BAN NHÂN DÂN XÃ", "Uỷ ban nhân dân tỉnh"', () => {
    expect(matchBody('UỶ BAN NHÂN DÂN XÃ')).toMatchObject({ kind: 'ubnd', level: 'xa' });
    expect(matchBody('Uỷ ban nhân dân tỉnh')).toMatchObject({ kind: 'ubnd', level: 'tinh' });
  });

  it('names no body in a section title or a task', () => {
    expect(matchBody('TỔ CHỨC THỰC HIỆN')).toBeNull();
    expect(matchBody('a) Tuyên truyền, phổ biến pháp luật')).toBeNull();
    expect(matchBody('Bộ máy hành chính tinh gọn')).toBeNull();
  });

  it('tells the Mặt trận and the đoàn thể (asked, "Đề nghị") from agencies (assigned, "Giao")', () => {
    expect(matchBody('Ủy ban MTTQ Việt Nam xã')?.role).toBe('front');
    expect(matchBody('Hội Liên hiệp Phụ nữ tỉnh')?.role).toBe('mass');
    expect(matchBody('Sở Y tế')?.role).toBe('agency');
  });

  it('finds every body a sentence names, each once, where it stands', () => {
    const text = 'Sở Tài chính chủ trì, phối hợp với Sở Nội vụ, Công an tỉnh và UBND các xã, phường thực hiện';
    const hits = findBodies(text);
    expect(hits.map((h) => h.name)).toEqual(['Sở Tài chính', 'Sở Nội vụ', 'Công an tỉnh', 'UBND các xã, phường']);
    for (const h of hits) expect(text.slice(h.index, h.index + h.length)).toBe(h.name);
  });

  it('is extended by a reviewer in YAML: a new kind is recognised without touching the code', () => {
    const yaml = readFileSync('templates/catalog/bodies.yaml', 'utf8') + '\n  - kind: cang-vu\n    level: tinh\n    name: Cảng vụ\n    patterns:\n      - Cảng vụ Hàng hải {Tên}\n';
    const catalog = parseBodies(yaml, 'bodies.yaml');
    expect(catalog.match('Cảng vụ Hàng hải Quy Nhơn')).toMatchObject({ kind: 'cang-vu', level: 'tinh' });
  });

  it('says where a reviewer\'s mistake is: the file, the line and what is wrong', () => {
    const bad = 'levels:\n  trung-uong: a\n  tinh: b\n  xa: c\n  van-phong-ubnd-tinh: d\n  chung: e\nbodies:\n  - kind: so\n    level: huyen\n    name: Sở\n    patterns:\n      - Sở {Tên}\n';
    expect(() => parseBodies(bad, 'bodies.yaml')).toThrow(KhInputError);
    expect(() => parseBodies(bad, 'bodies.yaml')).toThrow(/"bodies\[1\]\.level" phải là một trong: trung-uong, tinh, xa/);
    try {
      parseBodies(bad, 'bodies.yaml');
    } catch (e) {
      expect((e as KhInputError).describe()).toMatch(/^bodies\.yaml:9:/);
    }
  });

  it('is bundled for the pane as the YAML says (run `npm run build:templates` after editing it)', () => {
    expect(readFileSync(BODIES_MODULE, 'utf8')).toBe(generateBodiesModule());
  });
});

describe('the screen that spares compiling most body patterns', () => {
  // Every line of the project's own plans, forms and unit registries: hundreds of bodies named in every way.
  const lines = [
    ...readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.txt')).map((f) => join(FIXTURES, f)),
    ...readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.yaml')).map((f) => join(ROOT, 'examples', f)),
    ...readdirSync(join(ROOT, 'templates', 'units')).map((f) => join(ROOT, 'templates', 'units', f)),
  ].flatMap((f) => readFileSync(f, 'utf8').split('\n'));

  it('finds every body that trying each pattern everywhere finds, in the same places', () => {
    const screened = bodiesFrom(BODIES_DATA, 'bodies.yaml');
    const everywhere = bodiesFrom(BODIES_DATA, 'bodies.yaml', { screen: false });
    expect(lines.length).toBeGreaterThan(1000);
    const named = lines.filter((l) => everywhere.find(l).length > 0);
    expect(named.length).toBeGreaterThan(200);
    for (const line of lines) {
      expect(screened.find(line)).toEqual(everywhere.find(line));
      expect(screened.match(line)).toEqual(everywhere.match(line));
    }
  });

  it('knows the words each reading of a pattern opens with, up to a placeholder, an optional word or a repeat', () => {
    expect(leadWords('Phòng (Kinh tế|Văn hóa - Xã hội)( {xã})?')).toEqual([['phong', 'kinh', 'te'], ['phong', 'van', 'hoa', 'xa', 'hoi']]);
    expect(leadWords('(Thủ trưởng )?(các|Các) cơ quan')).toEqual([['thu', 'truong', 'cac', 'co', 'quan'], ['cac', 'co', 'quan']]);
    expect(leadWords('các (thôn|bản)(, (thôn|bản))* trên địa bàn')).toEqual([['cac', 'thon'], ['cac', 'ban']]);
    expect(leadWords('Ban {Tên} Trung ương')).toEqual([['ban']]);
    expect(leadWords('{Tên} xã')).toEqual([[]]);
  });
});
