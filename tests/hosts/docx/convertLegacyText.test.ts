import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../src/core/checks/engine';
import { legacyEncoding } from '../../../src/core/checks/rules/form/legacyEncoding';
import { readPlan } from '../../../src/core/plan/readPlan';
import { DocxHost } from '../../../src/hosts/docx/DocxHost';
import { docxWithBody, p } from '../../fixtures/docx/handmadeDocx';

const vnTime = (text: string) => `<w:p><w:r><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr><w:t>${text}</w:t></w:r></w:p>`;

describe('DocxHost.convertLegacyText (the legacy-encoding fix in the pane outside Word)', () => {
  it('applies the finding\'s fix: the .VnTime text becomes Unicode in Times New Roman, the check is then clean, and undo brings the old text back', async () => {
    const host = new DocxHost(docxWithBody(p('KẾ HOẠCH') + vnTime('Thùc hiÖn c«ng t¸c b×nh ®¼ng giíi')), 'cu.docx');
    const before = await host.readSnapshot();
    const [finding] = checkPlan({ snapshot: before, plan: readPlan(before), parent: null }, {}, [legacyEncoding]);
    expect(finding.fix?.kind).toBe('convert-legacy');

    expect(await host.convertLegacyText()).toBe(1);
    const after = await host.readSnapshot();
    expect([after.paragraphs[1].text, after.paragraphs[1].run?.font]).toEqual(['Thực hiện công tác bình đẳng giới', 'Times New Roman']);
    expect(checkPlan({ snapshot: after, plan: readPlan(after), parent: null }, {}, [legacyEncoding])).toEqual([]);

    host.undo();
    expect((await host.readSnapshot()).paragraphs[1].text).toBe('Thùc hiÖn c«ng t¸c b×nh ®¼ng giíi');
  });
});
