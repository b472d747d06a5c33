/**
 * Handlebars' strict mode checks `{{a.b}}` but not the arguments of helpers (`{{#if a}}`,
 * `{{field "lead" task.lead}}`, `{{#each tasks}}`). We rewrite each such path `p` into
 * `(need p name="p")` so that a missing field there is an error too, naming the field and its
 * line. Works on the parsed template, so Node compilation and build-time precompilation share it.
 */
import type {} from 'handlebars';

type Expr = hbs.AST.Expression;

const NEED = 'need';

function wrap(expr: Expr): Expr {
  if (expr.type !== 'PathExpression') {
    if (expr.type === 'SubExpression') visitCall(expr as hbs.AST.SubExpression);
    return expr;
  }
  const path = expr as hbs.AST.PathExpression;
  if (path.original === 'this' || path.original === '.' || path.parts.length === 0) return expr;
  const sub = {
    type: 'SubExpression',
    path: { type: 'PathExpression', data: false, depth: 0, parts: [NEED], original: NEED, loc: path.loc },
    params: [path],
    hash: {
      type: 'Hash',
      pairs: [{ type: 'HashPair', key: 'name', value: { type: 'StringLiteral', value: path.original, original: path.original, loc: path.loc }, loc: path.loc }],
      loc: path.loc,
    },
    loc: path.loc,
  };
  return sub as unknown as Expr;
}

function visitCall(node: { params: Expr[]; hash?: hbs.AST.Hash }): void {
  node.params = node.params.map(wrap);
  if (node.hash) for (const pair of node.hash.pairs) pair.value = wrap(pair.value);
}

function visitProgram(program: hbs.AST.Program | undefined | null): void {
  if (!program) return;
  for (const stmt of program.body) {
    if (stmt.type === 'MustacheStatement') {
      const m = stmt as hbs.AST.MustacheStatement;
      if (m.params.length || m.hash?.pairs.length) visitCall(m);
    } else if (stmt.type === 'BlockStatement') {
      const b = stmt as hbs.AST.BlockStatement;
      visitCall(b);
      visitProgram(b.program);
      visitProgram(b.inverse);
    }
  }
}

/** Rewrites the parsed template in place and returns it. */
export function strictParams(ast: hbs.AST.Program): hbs.AST.Program {
  visitProgram(ast);
  return ast;
}
