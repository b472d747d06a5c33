/**
 * Compiling `.hbs` text at run time (Node: the CLI, lint, tests). The browser uses the set
 * precompiled at build time instead (generated/templates.ts), never this module.
 */
import Handlebars from 'handlebars';
import type {} from 'handlebars';
import { KhInputError, flattenInputErrors, throwIfAny } from '../errors';
import { HELPERS } from './helpers';
import { strictParams } from './strictParams';
import { templateSyntaxError } from './templateErrors';
import { COMPILE_OPTIONS, type CompiledTemplate, type TemplateSet } from './templateSet';

export interface TemplateSource {
  /** `tasks`, `xa/budget`. */
  name: string;
  /** Path shown in errors. */
  file: string;
  text: string;
}

const BUILTIN = new Set(['if', 'unless', 'each', 'with', 'lookup', 'log']);

/** Helper names the template calls that do not exist, with their places. */
function unknownHelpers(ast: hbs.AST.Program, file: string): KhInputError[] {
  const errors: KhInputError[] = [];
  const known = (name: string) => BUILTIN.has(name) || name in HELPERS;
  // Only a path called with arguments is a helper call; `{{#tasks}}` alone is a field.
  const call = (node: { path: hbs.AST.Expression; params: hbs.AST.Expression[]; hash?: hbs.AST.Hash; loc: hbs.AST.SourceLocation }) => {
    const path = node.path as hbs.AST.PathExpression;
    if (path.type === 'PathExpression' && (node.params.length || node.hash?.pairs.length) && !known(path.original)) {
      errors.push(new KhInputError(file, `không có helper "${path.original}"; dùng được: ${Object.keys(HELPERS).filter((h) => h !== 'need').join(', ')}, if, unless, each, with`, { line: path.loc.start.line, column: path.loc.start.column + 1 }, `unknown helper "${path.original}"`, 'template-syntax'));
    }
    for (const p of [...node.params, ...(node.hash?.pairs.map((x: hbs.AST.HashPair) => x.value) ?? [])]) if (p.type === 'SubExpression') call(p as hbs.AST.SubExpression);
  };
  const walk = (program: hbs.AST.Program | null | undefined) => {
    for (const stmt of program?.body ?? []) {
      if (stmt.type === 'MustacheStatement') call(stmt as hbs.AST.MustacheStatement);
      if (stmt.type === 'BlockStatement') {
        const b = stmt as hbs.AST.BlockStatement;
        call(b);
        walk(b.program);
        walk(b.inverse);
      }
      if (stmt.type === 'PartialStatement' || stmt.type === 'PartialBlockStatement') {
        errors.push(new KhInputError(file, 'mẫu không dùng partial ({{> …}}); hãy viết thẳng nội dung hoặc tách thành mẫu mục riêng', { line: stmt.loc.start.line, column: stmt.loc.start.column + 1 }, 'partials are not supported', 'template-syntax'));
      }
    }
  };
  walk(ast);
  return errors;
}

/** Parses and checks a template; the AST is ready for compile or precompile. Throws KhInputError (every unknown helper at once). */
function parseTemplate(src: TemplateSource): hbs.AST.Program {
  let ast: hbs.AST.Program;
  try {
    ast = Handlebars.parse(src.text);
  } catch (e) {
    throw templateSyntaxError(e, src.file, src.text);
  }
  throwIfAny(unknownHelpers(ast, src.file));
  return strictParams(ast);
}

export function compileTemplate(src: TemplateSource): CompiledTemplate {
  const ast = parseTemplate(src);
  const fn = Handlebars.compile(ast, COMPILE_OPTIONS);
  return { file: src.file, source: src.text, render: (context, options) => fn(context, options) };
}

/** Every template compiled; every error collected rather than stopping at the first. */
export function compileTemplateSet(sources: TemplateSource[]): { set: TemplateSet; errors: KhInputError[] } {
  const set: TemplateSet = {};
  const errors: KhInputError[] = [];
  for (const src of sources) {
    try {
      set[src.name] = compileTemplate(src);
    } catch (e) {
      if (e instanceof KhInputError) errors.push(...flattenInputErrors(e));
      else errors.push(templateSyntaxError(e, src.file, src.text));
    }
  }
  return { set, errors };
}

/** The precompiled spec (JavaScript source) of a template, for the browser bundle. */
export function precompileTemplate(src: TemplateSource): string {
  return Handlebars.precompile(parseTemplate(src), COMPILE_OPTIONS) as string;
}
