import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'acorn';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT_MS, ensurePaneBuilt, ROOT } from './paneBuild';

let dist = '';
beforeAll(async () => {
  dist = await ensurePaneBuilt();
}, BUILD_TIMEOUT_MS);

describe('the built pane', () => {
  it('ships the old-Office screen as ES5 that Internet Explorer 11 can parse', () => {
    expect(() => parse(readFileSync(join(dist, 'unsupported.js'), 'utf8'), { ecmaVersion: 5 })).not.toThrow();
  });

  it('loads Office.js from Microsoft’s CDN on the Office page only, then its own copy where the CDN failed', () => {
    const html = readFileSync(join(dist, 'taskpane.html'), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1]);
    expect(scripts.slice(0, 2)).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js', 'office-fallback.js']);
    expect(readFileSync(join(dist, 'office-fallback.js'), 'utf8')).toContain('office-js/office.js');
    for (const file of ['office.js', 'word-web-16.00.js', 'word-win32-16.01.js', 'vi-vn/office_strings.js']) expect(existsSync(join(dist, 'office-js', file)), file).toBe(true);
    expect(readFileSync(join(dist, 'standalone.html'), 'utf8')).not.toContain('appsforoffice');
  });

  it('has a build that serves only its own copy of Office.js (--env officejs=local)', async () => {
    type Plugin = { userOptions?: { filename?: string; template: string; templateParameters: { officeJsCdn: boolean } } };
    const webpackConfig = join(ROOT, 'webpack.config.js');
    const { default: config, officeJsSource } = (await import(webpackConfig)) as {
      default: (env: object, argv: object) => Promise<{ plugins: Plugin[] }[]>;
      officeJsSource: (env: object) => string;
    };
    expect(officeJsSource({ officejs: 'local' })).toBe('local');
    expect(officeJsSource({})).toBe('cdn');
    const [pane] = await config({ officejs: 'local' }, { mode: 'production' });
    const page = pane.plugins.find((p) => p.userOptions?.filename === 'taskpane.html')!;
    expect(page.userOptions!.templateParameters.officeJsCdn).toBe(false);
    const template = readFileSync(join(ROOT, page.userOptions!.template), 'utf8');
    // The template's local-only branch loads the copy and nothing from the CDN.
    expect(template.slice(template.indexOf('<% } else { %>'), template.indexOf('<% } %>'))).toMatch(/^<% } else { %>\s*<script src="office-js\/office\.js"><\/script>\s*$/);
  });

  it('has a content security policy without unsafe-eval and no inline script on every page', () => {
    for (const page of readdirSync(dist).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(dist, page), 'utf8');
      const csp = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1];
      expect(csp, page).toBeTruthy();
      expect(csp, page).not.toContain('unsafe-eval');
      expect(/script-src[^;]*'unsafe-inline'/.test(csp!), page).toBe(false);
      for (const tag of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? []) expect(tag, page).toMatch(/^<script[^>]*\ssrc=/);
    }
  });

  it('carries the Handlebars runtime only, never the template compiler', () => {
    // The compiler brings its parser ("Parse error on line …") and compileInput; the runtime has neither.
    for (const file of readdirSync(dist).filter((f) => f.endsWith('.js'))) {
      const js = readFileSync(join(dist, file), 'utf8');
      expect(/Parse error on line|compileInput/.test(js), file).toBe(false);
    }
    const all = readdirSync(dist).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(dist, f), 'utf8')).join('');
    expect(all.includes('precompiled with an older version of Handlebars'), 'the Handlebars runtime is bundled').toBe(true);
  });

  it('keeps the rules and the drafting form out of what a page loads first (they come with the check worker and the Soạn thảo tab)', () => {
    for (const page of ['taskpane.html', 'standalone.html']) {
      const html = readFileSync(join(dist, page), 'utf8');
      const first = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
      const js = first.map((f) => readFileSync(join(dist, f), 'utf8')).join('');
      // A rule's id and a label of templates/form.yaml stand for the rule set and the form.
      expect(js.includes('recipients-report-to'), page).toBe(false);
      expect(js.includes('Cơ quan chủ quản (chữ in hoa'), page).toBe(false);
      // Nor the YAML parser (one of its messages stands for it) the catalogs need: they come with the drafting tabs.
      expect(js.includes('Implicit keys need to be on a single line'), page).toBe(false);
    }
    const chunks = readdirSync(dist).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(dist, f), 'utf8'));
    expect(chunks.some((js) => js.includes('recipients-report-to')) && chunks.some((js) => js.includes('Cơ quan chủ quản (chữ in hoa'))).toBe(true);
  });
});
