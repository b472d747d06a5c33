/**
 * Section templates precompiled elsewhere (`kh catalog build` writes them into a published
 * catalog's `templates.js`), made into a TemplateSet with the Handlebars runtime only: the pane
 * still runs without `unsafe-eval`.
 */
import Handlebars from 'handlebars/runtime';
import type { CompiledTemplate, TemplateSet } from './templateSet';

/** One precompiled template as `kh catalog build` writes it: its file and Handlebars' template spec. */
export interface PrecompiledSpec {
  file: string;
  spec: unknown;
}

const env = Handlebars.create();

export function precompiledSet(specs: Record<string, PrecompiledSpec>): TemplateSet {
  const set: TemplateSet = {};
  for (const [name, { file, spec }] of Object.entries(specs)) {
    set[name] = { file, render: env.template(spec as Parameters<typeof env.template>[0]) as CompiledTemplate['render'] };
  }
  return set;
}
