import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/core/checks/engine';
import { readDocx } from '../../src/core/ooxml/readDocx';
import { textToDocx } from '../../src/core/ooxml/writeDocx';
import { readPlan } from '../../src/core/plan/readPlan';
import { requireBinaries } from '../support/system';
import { launchChromium } from './browser';
import { BUILD_TIMEOUT_MS, ensurePaneBuilt, ROOT } from './paneBuild';
import { serveStatic } from './staticServer';

const ok = requireBinaries('pane end-to-end (Chromium)', 'chromium');
// Screenshots refresh the README's pictures only when asked (KH_UPDATE_DOCS=1); a plain test run
// leaves the working tree as it was.
const DOCS = process.env.KH_UPDATE_DOCS === '1' ? join(ROOT, 'docs') : mkdtempSync(join(tmpdir(), 'kh-pane-shots-'));

/** The fixture plan: task III.2 has no lead unit, everything else is in order. */
function fixtureDocx(): Buffer {
  const text = readFileSync(new URL('./fixtures/ke-hoach-thieu-chu-tri.txt', import.meta.url), 'utf8');
  return Buffer.from(textToDocx(text.replace(/\n$/, '').split('\n')));
}

describe.skipIf(!ok)('the pane on a .docx in Chromium', () => {
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let context: BrowserContext;
  let page: Page;
  const cspViolations: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await serveStatic(await ensurePaneBuilt());
    browser = await launchChromium();
    context = browser.context;
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    page = await context.newPage();
    page.on('console', (m) => {
      if (/Content Security Policy|CSP violation|unsafe-eval/i.test(m.text())) cspViolations.push(m.text());
    });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    mkdirSync(DOCS, { recursive: true });
  }, BUILD_TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens on the sample plan, and checks it in the worker', async () => {
    await page.goto(`${server.url}/standalone.html`);
    await page.getByText('Đang mở kế hoạch mẫu').waitFor();
    await page.getByRole('button', { name: 'Kiểm tra văn bản' }).click();
    await page.getByTestId('check-summary').waitFor();
    expect(await page.getByTestId('check-summary').textContent()).toMatch(/^[1-9]\d* lỗi/);
    await page.getByRole('button', { name: 'Kiểm tra lại' }).and(page.locator(':enabled')).waitFor();
    await page.getByRole('button', { name: /Nhiệm vụ III\.2 chưa có đơn vị chủ trì/ }).click();
    await page.screenshot({ path: join(DOCS, 'pane-check.png'), fullPage: true, animations: 'disabled' });
  });

  it('opens a .docx with a task lacking its lead unit and finds that one error', async () => {
    await page.locator('[data-testid="open-docx"]').setInputFiles({ name: 'ke-hoach-tan-an.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: fixtureDocx() });
    await page.getByText('Đang làm việc trên ke-hoach-tan-an.docx').waitFor();
    await page.getByRole('button', { name: 'Kiểm tra văn bản' }).click();
    await page.getByTestId('check-summary').waitFor();
    expect(await page.getByTestId('check-summary').textContent()).toMatch(/^1 lỗi · /);
    await expect(page.locator('section[data-rule="task-lead-missing"]').count()).resolves.toBe(1);
  });

  it('drafts a section from the parent plan and inserts it (no cursor yet: at the end)', async () => {
    await page.getByRole('tab', { name: 'Soạn thảo' }).click();
    await page.getByText('Thông tin đơn vị (được ghi nhớ)').waitFor();
    await page.screenshot({ path: join(DOCS, 'pane-draft.png'), fullPage: false, animations: 'disabled' });
    for (const label of ['Phần đầu (quốc hiệu, số, ngày)', 'Căn cứ', 'I. Mục đích, yêu cầu', 'II. Mục tiêu', 'IV. Kinh phí', 'V. Tổ chức thực hiện', 'Chế độ báo cáo', 'Nơi nhận và chữ ký']) {
      await page.getByRole('checkbox', { name: label }).uncheck();
    }
    await page.getByRole('button', { name: 'Xem trước' }).click();
    await page.getByRole('region', { name: 'Xem trước' }).getByText(/NHIỆM VỤ/).first().waitFor();
    await page.getByRole('region', { name: 'Xem trước' }).screenshot({ path: join(DOCS, 'pane-draft-preview.png'), animations: 'disabled' });
    await page.getByTestId('insert-draft').click();
    // The document has a section III already and no link: the pane asks before doing either.
    await page.getByTestId('insert-confirm').getByRole('radio', { name: 'Ở cuối văn bản' }).check();
    await page.getByTestId('confirm-insert').click();
    await page.getByText(/Đã chèn \d+ đoạn/).waitFor();
  });

  it('goes to the finding and applies its fix with the unit the reviewer types', async () => {
    await page.getByRole('tab', { name: 'Kiểm tra' }).click();
    await page.getByRole('button', { name: 'Kiểm tra lại' }).click();
    await page.getByRole('button', { name: /Nhiệm vụ III\.2 chưa có đơn vị chủ trì/ }).click();
    await expect(page.getByRole('button', { name: /Nhiệm vụ III\.2/ }).getAttribute('aria-current')).resolves.toBe('true');
    await page.getByLabel('Điền nội dung (để trống: giữ “…”)').fill('Ban Chỉ huy Quân sự xã');
    await page.getByRole('button', { name: 'Thêm dòng "Đơn vị chủ trì"' }).click();
    await page.getByText('Đã sửa: Thêm dòng "Đơn vị chủ trì"').waitFor();
    await page.getByRole('button', { name: /Nhiệm vụ III\.2 chưa có đơn vị chủ trì/ }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Kiểm tra lại' }).and(page.locator(':enabled')).waitFor();
    await page.screenshot({ path: join(DOCS, 'pane-check-fixed.png'), fullPage: true, animations: 'disabled' });
  });

  it('shows the linked parent and switches to English', async () => {
    await page.getByRole('tab', { name: 'Kế hoạch cấp trên' }).click();
    await page.getByRole('region', { name: 'Kế hoạch cấp trên đã liên kết' }).waitFor();
    await page.screenshot({ path: join(DOCS, 'pane-parent.png'), fullPage: true, animations: 'disabled' });
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('tab', { name: 'Parent plan' }).waitFor();
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  });

  it('downloads a .docx that kh check reads with the fix, the new section and the parent link', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải xuống .docx' }).click()]);
    expect(download.suggestedFilename()).toBe('ke-hoach-tan-an.docx');
    const bytes = readFileSync((await download.path())!);
    const snapshot = readDocx(new Uint8Array(bytes), 'ke-hoach-tan-an.docx');
    const texts = snapshot.paragraphs.map((p) => p.text);
    expect(texts).toContain('Đơn vị chủ trì: Ban Chỉ huy Quân sự xã');
    expect(snapshot.paragraphs.find((p) => p.text === 'Đơn vị chủ trì: Ban Chỉ huy Quân sự xã')?.tags).toContain('kh:lead');
    // The section went in at the end (nothing was selected yet): a second tasks heading after the signature.
    expect(texts.filter((t) => /^III\. NHIỆM VỤ/.test(t))).toHaveLength(2);
    expect(texts.findLastIndex((t) => /^III\. NHIỆM VỤ/.test(t))).toBeGreaterThan(texts.indexOf('Trần Văn Bình'));
    expect(snapshot.parentLink?.number).toMatch(/\/KH-UBND$/);
    const findings = checkPlan({ snapshot, plan: readPlan(snapshot), parent: null });
    expect(findings.filter((f) => f.rule === 'task-lead-missing' && f.location.text.startsWith('2. Rà soát'))).toEqual([]);
  });

  it('ran without a CSP violation or an uncaught error', () => {
    expect(cspViolations).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
