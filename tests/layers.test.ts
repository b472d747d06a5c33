/**
 * DESIGN.md's layers, enforced on every file of src/: what each layer may not import, and where the
 * `Office`/`Word` globals (and DOM or Node globals) may not appear (Office: only in src/hosts/word/). A wrong import fails here with
 * the file, the import and the rule it breaks. The rules are data: add a row when a layer is added.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..');

/** The entry files: the only places a concrete host is chosen. */
const WORD_ENTRY = 'src/taskpane/taskpane.tsx';
const DOCX_ENTRY = 'src/taskpane/standalone.tsx';

interface ImportRule {
  /** Files the rule applies to: path prefixes from the repository root. */
  files: string[];
  /** Files of those it does not apply to. */
  except?: string[];
  /** What they may not import: a project path (`src/taskpane/`), `node` for Node's modules, or a package (`react`, `@fluentui/`). */
  forbidden: string[];
  /** The rule, as DESIGN.md puts it. */
  rule: string;
}

const CORE_FOLDERS = (...names: string[]) => names.map((n) => `src/core/${n}/`);

export const IMPORT_RULES: ImportRule[] = [
  {
    files: ['src/core/'],
    forbidden: ['src/hosts/', 'src/taskpane/', 'src/cli/', 'src/commands/'],
    rule: 'src/core decides and is tested with plain data: it knows no host, no pane, no command line',
  },
  {
    files: ['src/core/'],
    forbidden: ['node', 'react', 'react-dom', '@fluentui/', '@microsoft/office-js', 'office-js', 'office-addin-manifest'],
    rule: 'src/core is pure TypeScript (no DOM, no Office, no Node APIs): it runs in the pane, a worker and Node',
  },
  {
    files: ['src/core/text/'],
    forbidden: CORE_FOLDERS('plan', 'catalog', 'checks', 'templates', 'ooxml'),
    rule: 'text/ is the Vietnamese text every other layer uses; it uses none of them',
  },
  {
    files: ['src/core/plan/'],
    forbidden: CORE_FOLDERS('checks', 'templates', 'ooxml'),
    rule: 'the reader goes snapshot → outline → plan; findings (checks), rendering (templates) and OOXML come after it',
  },
  {
    files: ['src/core/catalog/'],
    forbidden: CORE_FOLDERS('checks', 'templates', 'ooxml'),
    rule: 'catalog/ is what the organisation knows, read by plan, checks and templates alike; it reads none of them',
  },
  {
    files: ['src/core/checks/'],
    forbidden: CORE_FOLDERS('templates', 'ooxml'),
    rule: 'the checks read the plan (and the catalog), never the templates or the OOXML: document → snapshot → outline → plan → findings',
  },
  {
    files: ['src/core/templates/'],
    forbidden: CORE_FOLDERS('checks', 'ooxml'),
    rule: 'templates render template + parent + form → blocks; OOXML is the next step (ooxml/) and checking is not theirs',
  },
  {
    files: ['src/core/ooxml/'],
    forbidden: CORE_FOLDERS('plan', 'catalog', 'checks', 'templates'),
    rule: 'ooxml/ turns blocks into WordprocessingML and .docx into snapshots; it knows nothing of plans, catalogs, rules or templates',
  },
  {
    files: ['src/hosts/'],
    forbidden: ['src/taskpane/', 'src/cli/', 'src/commands/', 'react', 'react-dom', '@fluentui/'],
    rule: 'a host implements DocumentHost for the pane and the CLI; it never reaches back into them',
  },
  {
    files: ['src/hosts/docx/'],
    forbidden: ['src/hosts/word/', '@microsoft/office-js', 'office-js'],
    rule: 'the .docx host runs outside Word (the pane on a file, the CLI): no Office.js',
  },
  {
    files: ['src/hosts/word/'],
    forbidden: ['src/hosts/docx/'],
    rule: 'each host implements the one DocumentHost interface on its own; shared logic lives in src/core',
  },
  {
    files: ['src/taskpane/'],
    // The standalone page is the .docx entry, and its own folder holds what only a file can do (undo, the document view, the kept copy).
    except: [WORD_ENTRY, DOCX_ENTRY, 'src/taskpane/standalone/'],
    forbidden: ['src/hosts/word/', 'src/hosts/docx/'],
    rule: 'the pane gets a DocumentHost and never knows which one; only the entry files choose the host',
  },
  {
    files: ['src/taskpane/'],
    forbidden: ['src/cli/', 'src/hosts/doc/', 'node'],
    rule: 'the pane runs in a browser: no command line, no Node APIs (the .doc reader in hosts/doc is Node-side, for kh)',
  },
  {
    files: ['src/cli/'],
    forbidden: ['src/taskpane/', 'src/hosts/word/', 'src/commands/', 'react', 'react-dom', '@fluentui/', '@microsoft/office-js', 'office-js'],
    rule: 'the kh command reads files through src/core and the .docx host; it has no pane and no Word',
  },
  {
    files: ['src/'],
    except: ['src/hosts/word/'],
    forbidden: ['@microsoft/office-js', 'office-js'],
    rule: 'only src/hosts/word/ touches Word or Office',
  },
];

interface GlobalRule {
  files: string[];
  except?: string[];
  globals: string[];
  rule: string;
}

export const GLOBAL_RULES: GlobalRule[] = [
  {
    files: ['src/'],
    except: ['src/hosts/word/'],
    globals: ['Office', 'Word', 'OfficeExtension'],
    rule: 'only src/hosts/word/ touches Word or Office (the entry file starts Office through hosts/word/officeReady)',
  },
  {
    files: ['src/core/'],
    globals: ['Buffer', 'process', 'require', '__dirname', '__filename', 'global'],
    rule: 'src/core uses no Node API: it runs in the pane and a worker too',
  },
  {
    files: ['src/core/'],
    globals: ['window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'DOMParser', 'XMLSerializer', 'HTMLElement', 'alert'],
    rule: 'src/core uses no DOM: it runs in a worker and in Node too',
  },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => join(dir, f).split('\\').join('/'));
}

const FILES = sourceFiles('src');
const NODE_MODULES = new Set(builtinModules);

const applies = (rule: { files: string[]; except?: string[] }, file: string) =>
  rule.files.some((p) => file.startsWith(p)) && !(rule.except ?? []).some((p) => file.startsWith(p));

/** What an import points at: a path from the root (no extension) for the project's own modules, else the specifier. */
function target(file: string, spec: string): string {
  if (!spec.startsWith('.')) return spec;
  return relative(ROOT, join(ROOT, file, '..', spec.replace(/\?.*$/, ''))).split('\\').join('/');
}

function matches(forbidden: string, file: string, spec: string): boolean {
  const to = target(file, spec);
  if (forbidden === 'node') return to.startsWith('node:') || NODE_MODULES.has(to.split('/')[0]);
  if (forbidden.startsWith('src/')) return spec.startsWith('.') && (to === forbidden.replace(/\/$/, '') || to.startsWith(forbidden));
  if (forbidden.endsWith('/')) return to.startsWith(forbidden);
  return to === forbidden || to.startsWith(`${forbidden}/`);
}

/** Every module a file names: imports and re-exports (type-only too), `import()` and `require()`. */
function importsOf(source: ts.SourceFile): string[] {
  const specs: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) specs.push(node.moduleSpecifier.text);
    else if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require')) && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) specs.push(node.arguments[0].text);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) specs.push(node.argument.literal.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specs;
}

/** Names the file declares itself (so a local `document` or `Word` is not the global). */
function declaredNames(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node) => {
    const name = (node as { name?: ts.Node }).name;
    if (
      name && ts.isIdentifier(name) &&
      (ts.isVariableDeclaration(node) || ts.isParameter(node) || ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node) ||
        ts.isTypeAliasDeclaration(node) || ts.isEnumDeclaration(node) || ts.isImportSpecifier(node) || ts.isImportClause(node) || ts.isNamespaceImport(node) || ts.isBindingElement(node))
    ) names.add(name.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

/** An identifier in a place where it names a global: not a property, key or qualified member. */
function isReference(node: ts.Identifier): boolean {
  const p = node.parent;
  if ((ts.isPropertyAccessExpression(p) || ts.isQualifiedName(p)) && (ts.isPropertyAccessExpression(p) ? p.name : p.right) === node) return false;
  if ((ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p) || ts.isPropertySignature(p) || ts.isMethodDeclaration(p) || ts.isMethodSignature(p) || ts.isEnumMember(p) || ts.isGetAccessor(p) || ts.isSetAccessor(p)) && p.name === node) return false;
  if (ts.isJsxAttribute(p) || ts.isImportSpecifier(p) || ts.isExportSpecifier(p) || ts.isLabeledStatement(p)) return false;
  return true;
}

/** Global names a file uses, with the line, and `office-js` when it references Office's types. */
function globalsUsed(source: ts.SourceFile, wanted: Set<string>): { name: string; line: number }[] {
  const declared = declaredNames(source);
  const used: { name: string; line: number }[] = [];
  for (const ref of source.typeReferenceDirectives) if (ref.fileName === 'office-js') used.push({ name: '/// <reference types="office-js" />', line: source.getLineAndCharacterOfPosition(ref.pos).line + 1 });
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node) && wanted.has(node.text) && !declared.has(node.text) && isReference(node)) used.push({ name: node.text, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1 });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return used;
}

const parsed = new Map<string, ts.SourceFile>();
function parse(file: string): ts.SourceFile {
  let source = parsed.get(file);
  if (!source) {
    source = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    parsed.set(file, source);
  }
  return source;
}

/** `file: import 'spec' breaks "rule"`, for every forbidden import in `files`. */
export function importViolations(files: string[], rules: ImportRule[] = IMPORT_RULES): string[] {
  const out: string[] = [];
  for (const file of files) {
    const specs = importsOf(parse(file));
    for (const rule of rules) {
      if (!applies(rule, file)) continue;
      for (const spec of specs) if (rule.forbidden.some((f) => matches(f, file, spec))) out.push(`${file}: import '${spec}' breaks "${rule.rule}"`);
    }
  }
  return out;
}

/** `file:line: global X breaks "rule"`, for every forbidden global in `files`. */
export function globalViolations(files: string[], rules: GlobalRule[] = GLOBAL_RULES): string[] {
  const out: string[] = [];
  for (const file of files) {
    for (const rule of rules) {
      if (!applies(rule, file)) continue;
      for (const use of globalsUsed(parse(file), new Set(rule.globals))) out.push(`${file}:${use.line}: global ${use.name} breaks "${rule.rule}"`);
    }
  }
  return out;
}

describe("DESIGN.md's layers", () => {
  it('name folders and files that exist, so no rule passes by matching nothing', () => {
    for (const rule of [...IMPORT_RULES, ...GLOBAL_RULES]) {
      for (const p of [...rule.files, ...(rule.except ?? [])]) expect(FILES.some((f) => f.startsWith(p)), `${p} in "${rule.rule}"`).toBe(true);
    }
    for (const rule of IMPORT_RULES) for (const f of rule.forbidden) if (f.startsWith('src/') && f !== 'src/commands/') expect(existsSync(join(ROOT, f)), `${f} in "${rule.rule}"`).toBe(true);
  });

  it('hold for every import in src/', () => {
    expect(FILES.length).toBeGreaterThan(100);
    expect(importViolations(FILES)).toEqual([]);
  });

  it('keep Office, Word, Node and the DOM out of the layers that must not touch them', () => {
    expect(globalViolations(FILES)).toEqual([]);
  });
});

describe('the layer check itself', () => {
  const write = (file: string, text: string) => parsed.set(file, ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS));

  it('names the file, the import and the rule when the checks import the templates', () => {
    write('src/core/checks/rules/example/wrong.ts', "import { kindName } from '../../../text/documentKinds';\nimport type { DraftForm } from '../../../templates/draftForm';\n");
    expect(importViolations(['src/core/checks/rules/example/wrong.ts'])).toEqual([
      `src/core/checks/rules/example/wrong.ts: import '../../../templates/draftForm' breaks "${IMPORT_RULES.find((r) => r.files[0] === 'src/core/checks/')!.rule}"`,
    ]);
  });

  it('catches a pane component choosing its host, and lets the entry file do it', () => {
    write('src/taskpane/check/Wrong.tsx', "import { WordHost } from '../../hosts/word/WordHost';\n");
    expect(importViolations(['src/taskpane/check/Wrong.tsx'])).toHaveLength(1);
    expect(importViolations([WORD_ENTRY])).toEqual([]);
  });

  it('finds the Office global in code but not in strings, comments, property names or local names', () => {
    write('src/taskpane/wrongOffice.ts', 'export const lang = () => Office.context.displayLanguage;\nexport type Ctx = Word.RequestContext;\n');
    write('src/taskpane/fineOffice.ts', "// Office.onReady is called by the entry\nconst title = 'Không tải được Office.js';\nconst x = { Word: 1 }.Word;\nfunction f(document: string) { return document; }\n");
    expect(globalViolations(['src/taskpane/wrongOffice.ts'])).toEqual([
      'src/taskpane/wrongOffice.ts:1: global Office breaks "only src/hosts/word/ touches Word or Office (the entry file starts Office through hosts/word/officeReady)"',
      'src/taskpane/wrongOffice.ts:2: global Word breaks "only src/hosts/word/ touches Word or Office (the entry file starts Office through hosts/word/officeReady)"',
    ]);
    expect(globalViolations(['src/taskpane/fineOffice.ts'])).toEqual([]);
  });

  it('finds Node and DOM globals in src/core', () => {
    write('src/core/plan/wrongGlobals.ts', "export const a = process.env.X;\nexport const b = () => document.title;\nexport const c = Buffer.from('x');\n");
    expect(globalViolations(['src/core/plan/wrongGlobals.ts']).map((v) => v.split(' breaks')[0])).toEqual([
      'src/core/plan/wrongGlobals.ts:1: global process',
      'src/core/plan/wrongGlobals.ts:3: global Buffer',
      'src/core/plan/wrongGlobals.ts:2: global document',
    ]);
  });
});
