/**
 * `kh extract --json`: exactly the fields of DESIGN.md, in its order. Paragraph positions the
 * contract names stay; the reader's working fields (items, field sources, `at`) do not.
 */
import type { Plan } from './model';

export function toExtractJson(plan: Plan) {
  return {
    kind: plan.kind,
    number: plan.number,
    date: plan.date,
    place: plan.place,
    issuer: plan.issuer,
    parentBody: plan.parentBody,
    title: plan.title,
    references: plan.references.map((r) => ({ type: r.type, number: r.number, date: r.date, issuer: r.issuer })),
    sections: plan.sections.map((s) => ({ numeral: s.numeral, title: s.title, kind: s.kind, paragraph: s.paragraph })),
    tasks: plan.tasks.map((t) => ({ path: t.path, title: t.title, lead: t.lead, cooperating: t.cooperating, timing: t.timing, paragraph: t.paragraph })),
    targets: plan.targets.map((t) => ({ text: t.text, value: t.value, unit: t.unit, year: t.year })),
    reporting: plan.reporting.map((r) => ({ text: r.text, day: r.day, month: r.month, year: r.year, recurrence: r.recurrence, paragraph: r.paragraph })),
    signer: plan.signer ? { authority: plan.signer.authority, title: plan.signer.title, name: plan.signer.name } : null,
    recipients: plan.recipients,
    archiveLine: plan.archiveLine,
  };
}

/** The `kh extract --json` object, typed by what toExtractJson builds. */
export type ExtractJson = ReturnType<typeof toExtractJson>;
