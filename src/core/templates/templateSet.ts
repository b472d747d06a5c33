/**
 * A set of section templates, name → render function. Node compiles the `.hbs` files at run
 * time (`compileTemplates.ts`); the browser bundle uses the set precompiled by
 * `npm run build:templates` (`generated/templates.ts`) with the Handlebars runtime only, so the
 * pane needs no `unsafe-eval`. The renderer sees only this interface.
 */
export type HelperFn = (...args: unknown[]) => unknown;

export interface CompiledTemplate {
  /** Where the template lives, relative to the templates folder (`sections/tasks.hbs`): errors name it. */
  file: string;
  /** The template text, when at hand: lets an error quote the whole missing path (`task.lead`). */
  source?: string;
  render(context: unknown, options: { helpers: Record<string, HelperFn> }): string;
}

/** Keyed by name: `tasks`, or `xa/budget` for a level's own version of a section. */
export type TemplateSet = Record<string, CompiledTemplate>;

/** Options every template is compiled with: missing fields are errors; values are not HTML-escaped. */
export const COMPILE_OPTIONS = { strict: true, noEscape: true } as const;
