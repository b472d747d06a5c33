import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireBinaries } from './support/system';
import { BUILD_TIMEOUT_MS, ensurePaneBuilt, ROOT } from './e2e/paneBuild';

const MANIFEST = join(ROOT, 'manifest.xml');
const SCHEMA_DIR = join(ROOT, '../shared/schemas/office-addin-manifest');
const text = readFileSync(MANIFEST, 'utf8');

function parse(xml: string) {
  const problems: string[] = [];
  const doc = new DOMParser({ onError: (level, msg) => void (level !== 'warning' && problems.push(msg)) }).parseFromString(xml, 'text/xml');
  return { doc, problems };
}

const { doc, problems } = parse(text);
const root = doc.documentElement as unknown as Element;
const children = (el: Element) => Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1);
const all = (name: string) => Array.from(doc.getElementsByTagName(name)) as unknown as Element[];
const child = (el: Element, name: string) => children(el).find((c) => c.localName === name);

// OfficeApp then TaskPaneApp, as OfficeAppManifestV1_1.xsd orders them.
const SCHEMA_ORDER = ['Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'Dictionary', 'VersionOverrides'];
const REQUIRED = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'DefaultSettings', 'Permissions'];

describe('manifest.xml', () => {
  it('is well-formed XML', () => {
    expect(problems).toEqual([]);
    expect(root.localName).toBe('OfficeApp');
    expect(root.getAttribute('xsi:type')).toBe('TaskPaneApp');
  });

  it('has the required elements, in schema order', () => {
    const names = children(root).map((c) => c.localName);
    for (const r of REQUIRED) expect(names).toContain(r);
    const positions = names.map((n) => SCHEMA_ORDER.indexOf(n ?? ''));
    expect(positions).not.toContain(-1);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('has a GUID id, Word as host, WordApi 1.3 and read-write permission', () => {
    expect(child(root, 'Id')!.textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(child(child(root, 'Hosts')!, 'Host')!.getAttribute('Name')).toBe('Document');
    const set = all('Set')[0];
    expect([set.getAttribute('Name'), set.getAttribute('MinVersion')]).toEqual(['WordApi', '1.3']);
    expect(child(root, 'Permissions')!.textContent).toBe('ReadWriteDocument');
  });

  it('speaks Vietnamese by default and English as an override, for every string', () => {
    expect(child(root, 'DefaultLocale')!.textContent).toBe('vi-VN');
    const localized = [child(root, 'DisplayName')!, child(root, 'Description')!, ...all('bt:String')];
    for (const el of localized) {
      expect(el.getAttribute('DefaultValue')).toMatch(/[ạảãàáâậầấẩẫăắằặẳẵđêềếệểễôốồộổỗơớờợởỡưứừựửữ]/i);
      const override = children(el).find((c) => c.localName === 'Override');
      expect(override?.getAttribute('Locale'), el.getAttribute('id') ?? el.localName ?? undefined).toBe('en-US');
    }
  });

  it('puts "Soạn kế hoạch" and "Kiểm tra" buttons in a group on the Home tab, each opening the pane', () => {
    const tab = all('OfficeTab')[0];
    expect(tab.getAttribute('id')).toBe('TabHome');
    const strings = new Map(all('bt:String').map((s) => [s.getAttribute('id'), s.getAttribute('DefaultValue')]));
    const buttons = Array.from(tab.getElementsByTagName('Control')) as unknown as Element[];
    const labels = buttons.map((b) => strings.get(child(b, 'Label')!.getAttribute('resid')));
    expect(labels).toEqual(['Soạn kế hoạch', 'Kiểm tra']);
    for (const b of buttons) expect(child(b, 'Action')!.getAttribute('xsi:type')).toBe('ShowTaskpane');
  });

  it('keeps every resource id within 32 characters and defines every one it uses', () => {
    const defined = new Set(['bt:Image', 'bt:Url', 'bt:String'].flatMap((n) => all(n).filter((e) => e.getAttribute('id')).map((e) => e.getAttribute('id')!)));
    const used = Array.from(doc.getElementsByTagName('*') as unknown as Element[]).flatMap((e) => (e.getAttribute('resid') ? [e.getAttribute('resid')!] : []));
    expect(used.length).toBeGreaterThan(10);
    for (const id of [...defined, ...used]) expect(id.length, id).toBeLessThanOrEqual(32);
    for (const id of used) expect(defined.has(id), `resid ${id} is not defined`).toBe(true);
  });

  describe('URLs', () => {
    let dist = '';
    beforeAll(async () => {
      dist = await ensurePaneBuilt();
    }, BUILD_TIMEOUT_MS);

    it('are https on the dev server and name a file the build serves', () => {
      const urls = [...text.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
      urls.push(...all('AppDomain').map((e) => e.textContent!));
      expect(urls.length).toBeGreaterThan(5);
      for (const url of urls) {
        const u = new URL(url);
        expect(u.protocol, url).toBe('https:');
        expect(u.origin, url).toBe('https://localhost:3000');
        if (u.pathname !== '/') expect(existsSync(join(dist, decodeURIComponent(u.pathname))), `${url} → dist${u.pathname}`).toBe(true);
      }
    });
  });
});

const haveSchemas = existsSync(join(SCHEMA_DIR, 'OfficeAppManifestV1_1.xsd'));
if (!haveSchemas) console.warn(`manifest schema: bỏ qua vì không có ${SCHEMA_DIR} (skipped: the shared schemas are not beside this checkout)`);
const haveXmllint = haveSchemas && requireBinaries('manifest schema (xmllint)', 'xmllint');

describe.skipIf(!haveXmllint)('manifest.xml against the Office XSDs', () => {
  it('validates with xmllint', () => {
    const out = execFileSync('xmllint', ['--noout', '--schema', join(SCHEMA_DIR, 'OfficeAppManifestV1_1.xsd'), MANIFEST], { encoding: 'utf8', stdio: 'pipe' });
    expect(out).toBe('');
  });
});
