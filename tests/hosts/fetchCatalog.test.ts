import { describe, expect, it } from 'vitest';
import { fetchCatalog } from '../../src/hosts/web/fetchCatalog';

/** A web server as a map of paths to bodies; anything else is a 404. */
function server(files: Record<string, string>, status: Record<string, number> = {}): typeof fetch {
  return (async (input: string | URL | Request) => {
    const path = new URL(String(input)).pathname;
    const code = status[path] ?? (path in files ? 200 : 404);
    return new Response(code === 200 ? files[path] : 'no', { status: code });
  }) as typeof fetch;
}

const INDEX = JSON.stringify({ format: 'soan-kh-catalog/1', publisher: 'Sở Nội vụ', plans: { 'kh-1': 'plans/kh-1.yaml' }, units: {}, templates: 'templates.js' });

describe('fetching the catalog published beside the add-in', () => {
  it('fetches the index relative to the page, then every file it lists and the templates module', async () => {
    const loaded: string[] = [];
    const got = await fetchCatalog({
      base: 'https://addin.example/app/taskpane.html',
      fetch: server({ '/app/catalog/index.json': INDEX, '/app/catalog/plans/kh-1.yaml': 'kind: KH' }),
      importModule: async (url) => (loaded.push(url), { default: { tasks: { file: 'sections/tasks.hbs', spec: {} } } }),
    });
    expect(got.kind).toBe('fetched');
    if (got.kind !== 'fetched') return;
    expect(got.catalog.files).toEqual({ 'plans/kh-1.yaml': 'kind: KH' });
    expect(loaded).toEqual(['https://addin.example/app/catalog/templates.js']);
    expect(Object.keys(got.catalog.templates ?? {})).toEqual(['tasks']);
  });

  it('takes a 404 on the index as nothing published', async () => {
    expect(await fetchCatalog({ base: 'https://addin.example/', fetch: server({}) })).toEqual({ kind: 'not-published' });
  });

  it('reports a server error, a file it cannot fetch and a network failure as unreachable, with the file', async () => {
    expect(await fetchCatalog({ base: 'https://a.example/', fetch: server({}, { '/catalog/index.json': 500 }) })).toEqual({ kind: 'unreachable', file: '/catalog/index.json', reason: 'HTTP 500' });
    const noPlan = await fetchCatalog({ base: 'https://a.example/', fetch: server({ '/catalog/index.json': INDEX }), importModule: async () => ({ default: {} }) });
    expect(noPlan).toEqual({ kind: 'unreachable', file: '/catalog/plans/kh-1.yaml', reason: 'HTTP 404' });
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await fetchCatalog({ base: 'https://a.example/', fetch: offline })).toEqual({ kind: 'unreachable', file: '/catalog/index.json', reason: 'không kết nối được (Failed to fetch)' });
  });
});
