import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/core/ooxml/readDocx';
import { textToDocx } from '../../../src/core/ooxml/writeDocx';
import { toExtractJson } from '../../../src/core/plan/extractJson';
import { readPlan } from '../../../src/core/plan/readPlan';
import { paragraphsFromText } from '../../../src/core/text/readPlainText';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const plans = ['plans', 'checks', 'cli', 'unseen'].flatMap((dir) =>
  readdirSync(join(FIXTURES, dir))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => join(dir, name)),
);

/** The fields a reviewer relies on, in the extract contract's words. */
const PARITY_FIELDS = ['number', 'date', 'place', 'issuer', 'parentBody', 'title', 'references', 'sections', 'tasks', 'targets', 'reporting', 'signer', 'recipients', 'archiveLine'];

function pick(json: Record<string, unknown>) {
  return Object.fromEntries(PARITY_FIELDS.map((f) => [f, json[f]]));
}

describe('the same plan as .txt and as .docx', () => {
  it('has fixtures to compare', () => {
    expect(plans.length).toBeGreaterThan(20);
  });

  for (const name of plans) {
    it(`extracts alike: ${name}`, () => {
      const text = readFileSync(join(FIXTURES, name), 'utf8');
      const txt = paragraphsFromText(text, name);
      // One .docx paragraph per line, blank lines included, so paragraph numbers agree too.
      const docx = readDocx(textToDocx(txt.paragraphs.map((p) => p.text)), name);
      expect(docx.paragraphs.length).toBe(txt.paragraphs.length);
      expect(pick(toExtractJson(readPlan(docx)))).toEqual(pick(toExtractJson(readPlan(txt))));
    });
  }
});
