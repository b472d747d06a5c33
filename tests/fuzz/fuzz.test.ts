/**
 * Fuzz suite (issue 11): property tests with fast-check over a generated corpus: mutated and
 * truncated .docx, zip bombs, deep nesting, DOCTYPE payloads, random Vietnamese text in NFC, NFD
 * and legacy single-byte encodings, random forms and templates. Every input either reads or is
 * refused with a KhInputError (the one-line reason), never another exception, a hang (the test
 * timeouts), unbounded memory (the heap is measured), or a byte changed outside an edit.
 * Seeded, so a failure reproduces; the case count and time are printed at the end.
 */
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/core/checks/engine';
import { findPlaceholder, isPlaceholderValue } from '../../src/core/checks/support/placeholder';
import { flattenInputErrors, KhInputError } from '../../src/core/errors';
import { readDocx } from '../../src/core/ooxml/readDocx';
import { blocksToDocx } from '../../src/core/ooxml/writeDocx';
import { readPlan } from '../../src/core/plan/readPlan';
import { compileTemplateSet } from '../../src/core/templates/compileTemplates';
import { paragraphsFromText, readPlainText } from '../../src/core/text/readPlainText';
import { DocxHost } from '../../src/hosts/docx/DocxHost';
import { samplePlanBlocks } from '../fixtures/docx/samplePlanBlocks';
import { documentXml, docxWithBody, p } from '../fixtures/docx/handmadeDocx';
import { example, prepare } from '../core/templates/support';

const SEED = 20261202;
let cases = 0;
const started = performance.now();
const heapBefore = process.memoryUsage().heapUsed;

/** Runs `property` `runs` times, counting the cases. */
function check<T>(runs: number, arb: fc.Arbitrary<T>, property: (value: T) => void | Promise<void>, async = false) {
  const counted = (v: T) => {
    cases++;
    return property(v);
  };
  return async ? fc.assert(fc.asyncProperty(arb, counted as (v: T) => Promise<void>), { numRuns: runs, seed: SEED }) : fc.assert(fc.property(arb, counted as (v: T) => void), { numRuns: runs, seed: SEED });
}

/** The input is read or refused with our one-line reason; anything else is a crash. */
function readsOrRefuses(work: () => unknown): void {
  try {
    work();
  } catch (e) {
    if (!(e instanceof KhInputError)) throw e;
    // Each reason quotes a short excerpt at most, however long the input.
    for (const one of flattenInputErrors(e)) expect(one.describe().length).toBeLessThan(500);
  }
}

function checkText(text: string): void {
  const snapshot = paragraphsFromText(text, 'fuzz.txt');
  const findings = checkPlan({ snapshot, plan: readPlan(snapshot), parent: null });
  for (const f of findings) {
    expect(Array.from(f.location.text).length).toBeLessThanOrEqual(80);
    expect(f.rule).not.toBe('internal-error');
  }
}

const VI_WORDS = ['KẾ HOẠCH', 'Thực hiện', 'Kế hoạch số 163/KH-UBND ngày 12/5/2026', 'I. MỤC ĐÍCH, YÊU CẦU', 'II. MỤC TIÊU', 'III. NHIỆM VỤ', '1.', 'a)', '-', 'Đơn vị chủ trì:', 'Thời gian thực hiện:', 'Quý IV/2026', 'báo cáo trước ngày 30/11 hằng năm', 'Phòng Văn hóa - Xã hội', 'đạt 65% vào năm 2030', 'Nơi nhận:', '- Lưu: VT.', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '…', '....', '___', '[tên đơn vị]', '…/…/2026', 'ngày … tháng … năm', 'giai đoạn 2026-2030', 'Ủy ban nhân dân xã', 'Uỷ ban', 'hoà', 'hòa', '\t', ' '];
const viLine = fc.array(fc.oneof(fc.constantFrom(...VI_WORDS), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 8 })), { maxLength: 14 }).map((w) => w.join(' '));
const viText = fc.array(viLine, { minLength: 1, maxLength: 40 }).map((l) => l.join('\n'));

const PLAN_DOCX = blocksToDocx(samplePlanBlocks());

afterAll(() => {
  const seconds = (performance.now() - started) / 1000;
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1048576;
  console.log(`fuzz: ${cases} cases in ${seconds.toFixed(1)} s (seed ${SEED}; heap grew ${heapMb.toFixed(0)} MiB)`);
  expect(cases).toBeGreaterThanOrEqual(10_000);
});

describe('fuzz: random Vietnamese text', () => {
  it('reads and checks plans of random lines in NFC', { timeout: 300_000 }, () => check(1200, viText, (t) => checkText(t.normalize('NFC'))));
  it('reads and checks the same in NFD (decomposed marks)', { timeout: 300_000 }, () => check(700, viText, (t) => checkText(t.normalize('NFD'))));
  it('reads any bytes as a .txt or refuses them with the reason (UTF-8, UTF-16, TCVN3/VNI/1258-looking bytes)', { timeout: 300_000 }, () =>
    check(
      1500,
      fc.oneof(
        fc.uint8Array({ maxLength: 600 }),
        viText.map((t) => strToU8(t)),
        viText.map((t) => Uint8Array.from(t, (c) => c.charCodeAt(0) & 0xff)),
        viText.map((t) => new Uint8Array([0xff, 0xfe, ...Array.from(t).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])])),
      ),
      (bytes) => readsOrRefuses(() => checkText(readPlainText(bytes, 'fuzz.txt').paragraphs.map((x) => x.text).join('\n'))),
    ));
  it('finds blanks in runs of dots, underscores and "…" without backtracking', { timeout: 300_000 }, () =>
    check(2500, fc.array(fc.constantFrom('.', '_', '…', ' ', '/', '1', 'ngày', '[', ']', 'a', ':', ';'), { maxLength: 3000 }), (parts) => {
      const text = parts.join('');
      findPlaceholder(text);
      isPlaceholderValue(text);
    }));
});

describe('fuzz: damaged and hostile .docx', () => {
  it('reads or refuses a real plan with bytes changed', { timeout: 300_000 }, () =>
    check(1200, fc.array(fc.tuple(fc.nat(PLAN_DOCX.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), (flips) => {
      const bytes = PLAN_DOCX.slice();
      for (const [at, value] of flips) bytes[at] = value;
      readsOrRefuses(() => readDocx(bytes, 'fuzz.docx'));
    }));
  it('reads or refuses a real plan cut short anywhere', { timeout: 300_000 }, () => check(600, fc.nat(PLAN_DOCX.length), (n) => readsOrRefuses(() => readDocx(PLAN_DOCX.subarray(0, n), 'fuzz.docx'))));

  const xmlPiece = fc.oneof(
    fc.constantFrom('<w:p>', '</w:p>', '<w:r>', '</w:r>', '<w:t>', '</w:t>', '<w:tbl><w:tr><w:tc>', '</w:tc></w:tr></w:tbl>', '<w:sdt><w:sdtPr><w:tag w:val="kh:lead"/></w:sdtPr><w:sdtContent>', '</w:sdtContent></w:sdt>', '<w:br/>', '<w:tab/>', '&amp;', '&lt;', '&#x1EA0;', '&#0;', '&bogus;', '<![CDATA[x]]>', '<!-- c -->', '<?pi x?>', 'Kế hoạch', '…'),
    fc.string({ maxLength: 6 }),
  );
  it('reads or refuses document.xml made of random WordprocessingML pieces', { timeout: 300_000 }, () =>
    check(1200, fc.array(xmlPiece, { maxLength: 60 }), (pieces) => readsOrRefuses(() => readDocx(docxWithBody(pieces.join('')), 'fuzz.docx'))));
  it('reads or refuses nesting thousands deep (tables, controls, runs)', { timeout: 300_000 }, () =>
    check(30, fc.tuple(fc.constantFrom(['<w:tbl><w:tr><w:tc>', '</w:tc></w:tr></w:tbl>'], ['<w:sdt><w:sdtContent>', '</w:sdtContent></w:sdt>'], ['<w:r>', '</w:r>'], ['<w:p>', '</w:p>']), fc.integer({ min: 1000, max: 10000 }), fc.boolean()), ([[open, close], depth, balanced]) =>
      readsOrRefuses(() => readDocx(docxWithBody(`${open.repeat(depth)}${p('x')}${balanced ? close.repeat(depth) : ''}`), 'fuzz.docx')),
    ));
  it('never expands a DOCTYPE: entities, billion laughs, external files', { timeout: 300_000 }, () =>
    check(
      200,
      fc.constantFrom(
        '<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>',
        '<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
        '<!DOCTYPE w:document SYSTEM "http://127.0.0.1/x.dtd">',
        '<!DOCTYPE w:document [<!ENTITY % p SYSTEM "file:///dev/zero"> %p;]>',
      ),
      (doctype) =>
        readsOrRefuses(() => {
          const xml = documentXml(p('&d; &x; Kế hoạch')).replace('?>\n', `?>\n${doctype}`);
          const snapshot = readDocx(zipSync({ 'word/document.xml': strToU8(xml) }), 'fuzz.docx');
          expect(snapshot.paragraphs.map((x) => x.text).join('')).not.toMatch(/aaaaaaaaaaaaaaaaaaaa|root:/);
        }),
    ));
  it('refuses archives that declare more than they may inflate, before inflating', { timeout: 300_000 }, () =>
    check(400, fc.integer({ min: 600 * 1024 * 1024, max: 0xffffffff }), (size) => {
      const zip = docxWithBody(p('x')).slice();
      const view = new DataView(zip.buffer);
      for (let i = 0; i + 46 < zip.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
      expect(() => readDocx(zip, 'bom.docx')).toThrow(KhInputError);
    }));
});

describe('fuzz: edits change only what they edit', () => {
  it('an inserted paragraph leaves every other byte of document.xml, and every other part, as it was', { timeout: 300_000 }, () =>
    check(
      120,
      fc.tuple(fc.integer({ min: 1, max: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 })),
      async ([after, text]) => {
        const host = new DocxHost(PLAN_DOCX, 'fuzz.docx');
        const count = (await host.readSnapshot()).paragraphs.length;
        await host.insertParagraphAfter(Math.min(after, count), text);
        const before = unzipSync(PLAN_DOCX);
        const saved = unzipSync(host.save());
        for (const name of Object.keys(before)) if (name !== 'word/document.xml') expect(saved[name]).toEqual(before[name]);
        const a = before['word/document.xml'];
        const b = saved['word/document.xml'];
        let head = 0;
        while (head < a.length && a[head] === b[head]) head++;
        let tail = 0;
        while (tail < a.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
        expect(head + tail).toBe(a.length);
      },
      true,
    ));
});

describe('fuzz: random forms and templates', () => {
  const form = example('xa-dong-viet');
  const formLines = form.split('\n');
  const FORM_PIECES = ['__proto__: 1', 'constructor: x', 'toString: y', 'title: ""', 'title: [a, b]', 'date: 2026-13-45', 'number: -5', 'tasks: {}', 'tasks: []', 'targets: { x: 1 }', 'unit: null', 'parent: ../../etc/passwd', 'parent: x', 'signer: 3', '"\\r\\uE000"', '  - ', 'recipients: ', '\t', 'archive: "\\uE010"', 'reporting: { marginDays: 99999 }'];
  it('prepares a form with random lines changed, or names what is wrong', { timeout: 300_000 }, () =>
    check(700, fc.array(fc.tuple(fc.nat(formLines.length - 1), fc.oneof(fc.constantFrom(...FORM_PIECES), fc.string({ maxLength: 20 }))), { minLength: 1, maxLength: 4 }), (edits) => {
      const lines = [...formLines];
      for (const [at, line] of edits) lines[at] = line;
      readsOrRefuses(() => prepare(lines.join('\n'), 'fuzz.yaml'));
    }));
  const HBS = ['{{', '}}', '{{#each tasks}}', '{{/each}}', '{{#if x}}', '{{else}}', '{{/if}}', '{{field "lead" lead}}', '{{field}}', '{{upper}}', '{{> partial}}', '{{{raw}}}', '{{!-- c --}}', '# TITLE', '## {{code}}. {{title}}', '- ', '\n', '{{lookup . "constructor"}}', '{{__proto__}}', '{{constructor.constructor}}', 'Văn bản'];
  it('compiles random templates or reports each error with its place', { timeout: 300_000 }, () =>
    check(1200, fc.array(fc.oneof(fc.constantFrom(...HBS), fc.string({ maxLength: 8 })), { maxLength: 30 }), (pieces) => {
      const { errors } = compileTemplateSet([{ name: 'tasks', file: 'sections/tasks.hbs', text: pieces.join('') }]);
      for (const e of errors) expect(e).toBeInstanceOf(KhInputError);
    }));
});
