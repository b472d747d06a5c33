/**
 * Fetches the catalog an organisation publishes beside the add-in (`catalog/index.json` and the
 * files it lists, as `kh catalog build` writes them). Only fetching lives here; which catalog to
 * use and what to say is `chooseCatalog` in core. Works in the pane in Word and on the standalone
 * page alike (plain `fetch`, no Office).
 */
import { CATALOG_INDEX_PATH, parseCatalogIndex, type CatalogFetch } from '../../core/templates/publishedCatalog';
import type { PrecompiledSpec } from '../../core/templates/precompiledSet';

export interface FetchCatalogOptions {
  /** The page the pane runs on: the catalog is looked for relative to it. */
  base: string;
  fetch?: typeof fetch;
  /** Loads the templates module (a dynamic import in the browser; tests pass their own). */
  importModule?: (url: string) => Promise<{ default: Record<string, PrecompiledSpec> }>;
}

const browserImport = (url: string) => import(/* webpackIgnore: true */ url) as Promise<{ default: Record<string, PrecompiledSpec> }>;

export async function fetchCatalog({ base, fetch: get = fetch, importModule = browserImport }: FetchCatalogOptions): Promise<CatalogFetch> {
  const indexUrl = new URL(CATALOG_INDEX_PATH, base).href;
  const indexFile = `/${CATALOG_INDEX_PATH}`;
  const text = async (url: string, file: string): Promise<string | { reason: string }> => {
    try {
      const res = await get(url, { cache: 'no-cache' });
      if (!res.ok) return { reason: `HTTP ${res.status}` };
      return await res.text();
    } catch (e) {
      return { reason: e instanceof Error && e.message ? `không kết nối được (${e.message})` : `không kết nối được tới ${file}` };
    }
  };
  let indexText: string;
  try {
    const res = await get(indexUrl, { cache: 'no-cache' });
    // Nothing published: the built-in catalog, nothing to say.
    if (res.status === 404) return { kind: 'not-published' };
    if (!res.ok) return { kind: 'unreachable', file: indexFile, reason: `HTTP ${res.status}` };
    indexText = await res.text();
  } catch (e) {
    return { kind: 'unreachable', file: indexFile, reason: e instanceof Error && e.message ? `không kết nối được (${e.message})` : 'không kết nối được' };
  }
  let listed: string[] = [];
  let templatesPath: string | null = null;
  try {
    const index = parseCatalogIndex(indexText, indexFile);
    listed = [...Object.values(index.plans), ...Object.values(index.units)];
    templatesPath = index.templates ?? null;
  } catch {
    // A broken index is core's to describe, with its line and column.
    return { kind: 'fetched', catalog: { indexFile, indexText, files: {} } };
  }
  const files: Record<string, string> = {};
  for (const path of listed) {
    const got = await text(new URL(path, indexUrl).href, `/catalog/${path}`);
    if (typeof got !== 'string') return { kind: 'unreachable', file: `/catalog/${path}`, reason: got.reason };
    files[path] = got;
  }
  let templates: Record<string, PrecompiledSpec> | null = null;
  if (templatesPath) {
    try {
      templates = (await importModule(new URL(templatesPath, indexUrl).href)).default;
    } catch (e) {
      return { kind: 'unreachable', file: `/catalog/${templatesPath}`, reason: e instanceof Error ? e.message : 'không nạp được' };
    }
  }
  return { kind: 'fetched', catalog: { indexFile, indexText, files, templates } };
}
