/**
 * A catalog (parent plans, unit registries, section templates) an organisation publishes as static files on the add-in's origin (`/catalog/index.json`
 * and the files it lists, written by `kh catalog build`): which catalog the pane uses, whether the
 * published one is sound, and what to tell the user when it is not. Fetching is the host's job
 * (`src/hosts/web/fetchCatalog.ts`); this decides on what was fetched, as plain data.
 */
import { KhInputError, flattenInputErrors, throwIfAny } from '../errors';
import { isCatalogId } from '../snapshot';
import { parseParentPlan } from '../catalog/parentPlanFile';
import { memoryStore, type TemplateStore } from '../catalog/store';
import { parseUnitRegistry } from '../catalog/unitRegistry';
import { readYaml, type Shape } from '../catalog/yamlData';
import { precompiledSet, type PrecompiledSpec } from './precompiledSet';
import type { TemplateSet } from './templateSet';

/** Where the pane looks for a published catalog, relative to its own page. */
export const CATALOG_INDEX_PATH = 'catalog/index.json';

export const CATALOG_FORMAT = 'soan-kh-catalog/1';

/** `catalog/index.json`: the catalog's name, and its files relative to the index. */
export interface CatalogIndex {
  format: typeof CATALOG_FORMAT;
  /** Who publishes it ("Sở Nội vụ tỉnh Lâm Đồng"): the pane says whose catalog is in use. */
  publisher: string;
  /** When it was built (ISO date): the pane shows it beside the publisher. */
  built?: string | null;
  /** Parent plans by catalog id → file (`plans/kh-15-ubnd-lam-dong.yaml`). */
  plans: Record<string, string>;
  /** Unit registries by level → file (`units/xa.yaml`). */
  units: Record<string, string>;
  /** The section templates, precompiled into one script module (`templates.js`); none keeps the built-in ones. */
  templates?: string | null;
}

const FILE = { kind: 'string', pattern: /^(?!\/)(?!.*\.\.)[A-Za-z0-9._/-]+$/, hint: 'đường dẫn tương đối, vd. plans/kh-15.yaml' } as const;

const INDEX_SHAPE: Shape = {
  kind: 'object',
  fields: {
    format: { kind: 'enum', values: [CATALOG_FORMAT], required: true },
    publisher: { kind: 'string', required: true, nonEmpty: true },
    built: { kind: 'string', nullable: true },
    plans: { kind: 'map', required: true, of: FILE },
    units: { kind: 'map', required: true, of: FILE },
    templates: { ...FILE, nullable: true },
  },
};

/** Reads `catalog/index.json`; every mistake at once, with its line and column. */
export function parseCatalogIndex(text: string, file: string): CatalogIndex {
  const src = readYaml(text, file, INDEX_SHAPE);
  const index = src.value as CatalogIndex;
  const errors: KhInputError[] = [];
  for (const [group, entries] of [['plans', index.plans], ['units', index.units]] as const) {
    for (const id of Object.keys(entries)) {
      if (!isCatalogId(id)) errors.push(new KhInputError(file, `mã "${id}" trong ${group} phải là chữ thường không dấu, số và "-"`, src.placeOf([group, id]), `id "${id}" is not a catalog id`, 'catalog-invalid'));
    }
  }
  throwIfAny(errors);
  return index;
}

/** The published files, fetched: index text and every file it lists, by its path in the index. */
export interface PublishedCatalog {
  /** The index's URL or path, for messages. */
  indexFile: string;
  indexText: string;
  files: Record<string, string>;
  /** The module `templates` names, loaded: its default export (name → precompiled spec). */
  templates?: Record<string, PrecompiledSpec> | null;
}

/** What fetching found: nothing published (404), a failure (network, HTTP error), or the files. */
export type CatalogFetch =
  | { kind: 'not-published' }
  | { kind: 'unreachable'; file: string; reason: string }
  | { kind: 'fetched'; catalog: PublishedCatalog };

/** A message in both of the pane's languages. */
export interface CatalogNotice {
  vi: string;
  en: string;
}

export interface CatalogChoice {
  source: 'published' | 'built-in';
  store: TemplateStore;
  /** The index of the published catalog in use. */
  index?: CatalogIndex;
  /** Its section templates, when it publishes its own. */
  set?: TemplateSet;
  /** Said to the user: why the built-in catalog is in use although one was published, or whose catalog is in use. */
  notice: CatalogNotice | null;
}

/** Every plan and unit file of a published catalog read; the errors, each with file, line and column. */
export function checkPublished(catalog: PublishedCatalog): { index: CatalogIndex | null; store: TemplateStore | null; errors: KhInputError[] } {
  let index: CatalogIndex;
  try {
    index = parseCatalogIndex(catalog.indexText, catalog.indexFile);
  } catch (e) {
    return { index: null, store: null, errors: e instanceof KhInputError ? flattenInputErrors(e) : [new KhInputError(catalog.indexFile, 'mục lục danh mục không hợp lệ', {}, 'invalid catalog index', 'catalog-invalid')] };
  }
  const errors: KhInputError[] = [];
  const texts = (entries: Record<string, string>) => {
    const out: Record<string, string> = {};
    for (const [id, path] of Object.entries(entries)) {
      if (Object.hasOwn(catalog.files, path)) out[id] = catalog.files[path];
      else errors.push(new KhInputError(catalog.indexFile, `mục lục ghi tệp "${path}" nhưng không tải được tệp đó`, {}, `"${path}" is listed but was not fetched`, 'catalog-invalid'));
    }
    return out;
  };
  const plans = texts(index.plans);
  const units = texts(index.units);
  // Errors name the published file as the maintainer wrote it (catalog/plans/x.yaml).
  const base = catalog.indexFile.replace(/[^/]*$/, '');
  const store: TemplateStore = {
    ...memoryStore(plans, units),
    plan: (id) => (Object.hasOwn(plans, id) ? { text: plans[id], file: `${base}${index.plans[id]}` } : null),
    units: (level) => (Object.hasOwn(units, level) ? { text: units[level], file: `${base}${index.units[level]}` } : null),
  };
  for (const id of Object.keys(plans)) collect(errors, () => parseParentPlan(plans[id], store.plan(id)!.file));
  for (const level of Object.keys(units)) collect(errors, () => parseUnitRegistry(units[level], store.units(level)!.file));
  for (const id of Object.keys(plans)) {
    const parent = safe(() => parseParentPlan(plans[id], store.plan(id)!.file))?.parent;
    if (parent && !store.plan(parent)) errors.push(new KhInputError(store.plan(id)!.file, `kế hoạch cấp trên "${parent}" không có trong danh mục`, {}, `parent "${parent}" not in the catalog`, 'catalog-plan-unknown'));
  }
  if (Object.keys(plans).length === 0) errors.push(new KhInputError(catalog.indexFile, 'danh mục không có kế hoạch cấp trên nào', {}, 'the catalog lists no parent plan', 'catalog-invalid'));
  return { index, store, errors };
}

function collect(errors: KhInputError[], read: () => unknown): void {
  try {
    read();
  } catch (e) {
    if (e instanceof KhInputError) errors.push(...flattenInputErrors(e));
    else throw e;
  }
}

function safe<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}

/**
 * Which catalog the pane uses: the published one when it was fetched and every file of it reads;
 * otherwise the built-in one, saying why (the first error with its file and place, and how many more).
 */
export function chooseCatalog(fetched: CatalogFetch, builtIn: TemplateStore): CatalogChoice {
  if (fetched.kind === 'not-published') return { source: 'built-in', store: builtIn, notice: null };
  if (fetched.kind === 'unreachable') {
    return {
      source: 'built-in',
      store: builtIn,
      notice: {
        vi: `Không tải được danh mục kế hoạch của cơ quan (${fetched.file}: ${fetched.reason}); đang dùng danh mục có sẵn trong add-in.`,
        en: `Could not load the organisation's catalog (${fetched.file}: ${fetched.reason}); using the built-in catalog.`,
      },
    };
  }
  const { index, store, errors } = checkPublished(fetched.catalog);
  if (errors.length || !store || !index) {
    const first = errors[0]?.describe() ?? fetched.catalog.indexFile;
    const more = errors.length > 1 ? ` (và ${errors.length - 1} lỗi khác)` : '';
    const moreEn = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    return {
      source: 'built-in',
      store: builtIn,
      notice: {
        vi: `Danh mục kế hoạch của cơ quan có lỗi, chưa dùng được: ${first}${more}. Đang dùng danh mục có sẵn trong add-in; báo người giữ mẫu sửa.`,
        en: `The organisation's catalog has errors: ${errors[0] ? `${errors[0].file}${errors[0].placeLabel()}: ${errors[0].messageEn ?? errors[0].message}` : first}${moreEn}. Using the built-in catalog; tell the template maintainer.`,
      },
    };
  }
  const set = fetched.catalog.templates ? safe(() => precompiledSet(fetched.catalog.templates!)) : null;
  if (index.templates && !set) {
    return {
      source: 'built-in',
      store: builtIn,
      notice: {
        vi: `Danh mục kế hoạch của cơ quan có lỗi, chưa dùng được: không nạp được mẫu ${index.templates}. Đang dùng danh mục có sẵn trong add-in; báo người giữ mẫu sửa.`,
        en: `The organisation's catalog has errors: its templates (${index.templates}) did not load. Using the built-in catalog; tell the template maintainer.`,
      },
    };
  }
  return {
    source: 'published',
    store,
    index,
    ...(set ? { set } : {}),
    notice: {
      vi: `Đang dùng danh mục kế hoạch của ${index.publisher}${index.built ? ` (cập nhật ${index.built})` : ''}.`,
      en: `Using the catalog published by ${index.publisher}${index.built ? ` (built ${index.built})` : ''}.`,
    },
  };
}
