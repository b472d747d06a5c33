import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KhInputError, flattenInputErrors } from '../../../src/core/errors';
import { compileTemplateSet } from '../../../src/core/templates/compileTemplates';
import { memoryStore } from '../../../src/core/catalog/store';
import { parseDraftForm } from '../../../src/core/templates/draftForm';
import { prepareDraft } from '../../../src/core/templates/prepareDraft';
import { loadTemplateSources } from '../../../src/cli/templateFiles';

export const ROOT = join(__dirname, '..', '..', '..');
export const TEMPLATES = join(ROOT, 'templates');

const texts = (dir: string) => Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => [f.replace(/\.yaml$/, ''), readFileSync(join(dir, f), 'utf8')]));

/** The shipped catalog and unit registries, in memory. */
export const store = memoryStore(texts(join(TEMPLATES, 'plans')), texts(join(TEMPLATES, 'units')));

/** The shipped section templates, compiled at run time. */
export function shippedTemplates() {
  const { set, errors } = compileTemplateSet(loadTemplateSources(TEMPLATES, ROOT));
  if (errors.length) throw errors[0];
  return set;
}

export const example = (name: string) => readFileSync(join(ROOT, 'examples', `${name}.yaml`), 'utf8');

export function prepare(formText: string, file = 'form.yaml') {
  return prepareDraft(parseDraftForm(formText, file), store);
}

/** Every `file:line:column: message` a call throws, or [] when it does not. */
export function inputErrors(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof KhInputError) return flattenInputErrors(e).map((x) => x.describe());
    throw e;
  }
  return [];
}
