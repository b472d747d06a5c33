import type { CheckContext, CheckOptions, Finding, Rule, RuleHit } from './types';
import { internalErrorRule, planRulesSkippedRule, rules as allRules } from './registry';

const KIND_EN: Record<string, string> = { QĐ: 'decision', BC: 'report', CV: 'letter', TTr: 'submission', TB: 'notice', HD: 'guideline', CTr: 'programme', ĐA: 'scheme', PA: 'option plan', NQ: 'resolution', CT: 'directive', QC: 'regulation', QyĐ: 'regulation', CĐ: 'dispatch', BB: 'minutes', GM: 'invitation' };

const EXCERPT_LENGTH = 80;

/** Longest a message quotes of the document: a blank of a million dots is quoted by its start. */
const MAX_QUOTE = 60;

function quote(value: string | number): string {
  const text = String(value);
  if (text.length <= MAX_QUOTE) return text;
  return `${Array.from(text.slice(0, MAX_QUOTE * 2)).slice(0, MAX_QUOTE - 1).join('')}…`;
}

/** `{name}` → the hit's value, quoted short; a name the hit does not give stays as written. */
function fill(template: string, args: RuleHit['args']): string {
  if (!args) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(args, name) ? quote(args[name]) : whole));
}

/**
 * Runs every rule over one plan (`rules` can be narrowed for tests), fills the messages, anchors
 * each finding to its paragraph with an excerpt, and sorts by paragraph then rule. A rule that
 * throws becomes one `internal-error` finding; the others still run. On a document that is not a
 * plan (`plan.checkedAsPlan` false) only the rules that apply to `any` document run, and one
 * `plan-rules-skipped` info says so. Linear in the document:
 * each rule is, and the excerpt lookup is one array built once.
 */
export function checkPlan(ctx: CheckContext, options: CheckOptions = {}, rules: readonly Rule[] = allRules): Finding[] {
  const texts: string[] = [];
  for (const p of ctx.snapshot.paragraphs) texts[p.index] = p.text;
  // From a bounded slice: a paragraph of a million characters is not copied to quote 80 of them.
  const excerpt = (paragraph: number) => Array.from((texts[paragraph] ?? '').slice(0, EXCERPT_LENGTH * 8).replace(/\s+/g, ' ').trim()).slice(0, EXCERPT_LENGTH).join('');

  const disabled = new Set(options.disabled ?? []);
  const ignored = ignoredMatcher(options.ignored);
  // A document that is not a plan gets the rules of any administrative document only, and is told so once.
  const asPlan = ctx.plan.checkedAsPlan;
  const skipped = asPlan ? [] : rules.filter((r) => r.appliesTo === 'plan');
  // An appendix saved on its own has no header, date line, Nơi nhận or signature: the rules that read them have nothing to read.
  const appendix = ctx.plan.form === 'appendix';
  const headerSkipped = appendix ? rules.filter((r) => r.wholeDocument) : [];
  const active = rules.filter((r) => !disabled.has(r.id) && !ignored.rules.has(r.id) && (asPlan || r.appliesTo === 'any') && !headerSkipped.includes(r));

  const findings: Finding[] = [];
  const toFinding = (rule: Rule, hit: RuleHit): Finding => {
    const message = (hit.variant && rule.variants?.[hit.variant]) || rule.message;
    const finding: Finding = {
      rule: rule.id,
      severity: hit.severity ?? rule.severity,
      message: fill(message.vi, hit.args),
      messageEn: fill(message.en, hit.args),
      location: { paragraph: hit.paragraph, text: excerpt(hit.paragraph) },
    };
    if (hit.fix) finding.fix = hit.fix;
    return finding;
  };

  if (skipped.length > 0 && !disabled.has(planRulesSkippedRule.id)) {
    const kind = ctx.plan.kindName ?? 'văn bản khác';
    const kindEn = (ctx.plan.kind && KIND_EN[ctx.plan.kind]) ?? 'document of another kind';
    const at = ctx.plan.header.kindLine?.paragraph ?? ctx.plan.header.title?.paragraph ?? 1;
    const hit: RuleHit = { paragraph: at, args: { kind, kindEn, count: skipped.length } };
    if (appendix) Object.assign(hit, { variant: 'appendix', args: { ...hit.args, header: headerSkipped.filter((r) => r.appliesTo === 'any').length } });
    findings.push(toFinding(planRulesSkippedRule, hit));
  }

  active.forEach((rule, done) => {
    let hits: RuleHit[];
    try {
      hits = rule.check(ctx);
    } catch (e) {
      hits = [];
      const error = e instanceof Error ? e.message : String(e);
      findings.push(toFinding(internalErrorRule, { paragraph: 1, args: { rule: rule.id, error } }));
    }
    for (const hit of hits) {
      const finding = toFinding(rule, hit);
      if (!ignored.matches(finding)) findings.push(finding);
    }
    options.onProgress?.(done + 1, active.length);
  });

  return findings
    .map((f, order) => ({ f, order }))
    .sort((a, b) => a.f.location.paragraph - b.f.location.paragraph || (a.f.rule < b.f.rule ? -1 : a.f.rule > b.f.rule ? 1 : a.order - b.order))
    .map(({ f }) => f);
}

/** Whether a finding is one the reviewer ignored: its rule, its rule at a paragraph, or its rule on a paragraph's text. */
export function ignoredMatcher(entries: CheckOptions['ignored'] = []): { rules: Set<string>; matches: (f: Finding) => boolean } {
  const rules = new Set<string>();
  const at = new Set<string>();
  const text = new Set<string>();
  for (const i of entries) {
    if (i.paragraph != null) at.add(`${i.rule}@${i.paragraph}`);
    else if (i.text != null) text.add(`${i.rule}@${i.text}`);
    else rules.add(i.rule);
  }
  return { rules, matches: (f) => rules.has(f.rule) || at.has(`${f.rule}@${f.location.paragraph}`) || text.has(`${f.rule}@${f.location.text}`) };
}

/** Findings by severity, for the summary line (CLI and pane alike). */
export { summarize } from './summarize';
