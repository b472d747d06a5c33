import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../../src/core/ooxml/readDocx';
import { textToDocx } from '../../src/core/ooxml/writeDocx';
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

  const view = () => page.getByTestId('document-view');
  /** The drawn paragraph the reader numbers `n`: the mapping under test. */
  const drawn = (n: number) => view().locator(`[data-paragraph="${n}"]`).first();
  const current = () => view().locator('[data-current]').first();
  /** Whether an element is inside the document view's visible box (highlighted and scrolled to). */
  async function inSight(el: ReturnType<Page['locator']>): Promise<boolean> {
    const [box, frame] = [await el.boundingBox(), await view().boundingBox()];
    return !!box && !!frame && box.y >= frame.y - 1 && box.y + Math.min(box.height, 20) <= frame.y + frame.height + 1;
  }

  it('opens on the sample plan, shows it, and checks it in the worker', async () => {
    await page.goto(`${server.url}/standalone.html`);
    await page.getByTestId('file-status').filter({ hasText: 'Đang mở kế hoạch mẫu' }).waitFor();
    await drawn(1).waitFor();
    await page.getByTestId('run-check').click();
    await page.getByTestId('check-summary').waitFor();
    expect(await page.getByTestId('check-summary').textContent()).toMatch(/^[1-9]\d* lỗi/);
    await page.getByTestId('run-check').and(page.locator(':enabled')).waitFor();
    await page.locator('section[data-rule="task-lead-missing"] [data-testid="finding"]').first().click();
    await current().waitFor();
    await page.screenshot({ path: join(DOCS, 'pane-check.png'), fullPage: true, animations: 'disabled' });
  });

  it('opens a .docx with a task lacking its lead unit and finds that one error', async () => {
    await page.locator('[data-testid="open-docx"]').setInputFiles({ name: 'ke-hoach-tan-an.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: fixtureDocx() });
    await page.getByTestId('file-status').filter({ hasText: 'ke-hoach-tan-an.docx' }).waitFor();
    await view().getByText('Phòng, chống thiên tai và tìm kiếm cứu nạn', { exact: false }).first().waitFor();
    await page.getByTestId('run-check').click();
    await page.getByTestId('check-summary').waitFor();
    expect(await page.getByTestId('check-summary').textContent()).toMatch(/^1 lỗi · /);
    await expect(page.locator('section[data-rule="task-lead-missing"]').count()).resolves.toBe(1);
  });

  it('highlights the finding’s paragraph in the document view and scrolls it into sight', async () => {
    const finding = page.locator('section[data-rule="task-lead-missing"] [data-testid="finding"]').first();
    const paragraph = Number(await finding.getAttribute('data-paragraph'));
    await finding.click();
    await expect(finding.getAttribute('aria-current')).resolves.toBe('true');
    await current().waitFor();
    expect(await current().getAttribute('data-paragraph')).toBe(String(paragraph));
    expect(await current().textContent()).toMatch(/^2\. Rà soát, cập nhật phương án/);
    expect(await inSight(current())).toBe(true);
    await page.screenshot({ path: join(DOCS, 'pane-document.png'), animations: 'disabled' });
  });

  it('fixes it, undoes and redoes the fix, and the document shows each at once', async () => {
    const fixed = 'Đơn vị chủ trì: Ban Chỉ huy Quân sự xã';
    await page.getByTestId('fix-value').fill('Ban Chỉ huy Quân sự xã');
    await page.getByTestId('apply-fix').click();
    await page.getByTestId('notice-success').waitFor();
    await page.locator('section[data-rule="task-lead-missing"]').waitFor({ state: 'detached' });
    await current().filter({ hasText: fixed }).waitFor();
    expect(await inSight(current())).toBe(true);
    await page.getByTestId('run-check').and(page.locator(':enabled')).waitFor();
    await page.screenshot({ path: join(DOCS, 'pane-check-fixed.png'), fullPage: true, animations: 'disabled' });

    await page.getByTestId('undo').click();
    await view().getByText(fixed, { exact: true }).waitFor({ state: 'detached' });
    await page.getByText('Văn bản đã thay đổi sau lần kiểm tra này: hãy kiểm tra lại.').waitFor();
    await page.getByTestId('run-check').click();
    await page.locator('section[data-rule="task-lead-missing"]').waitFor();

    await page.locator('body').click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('Control+y');
    await view().getByText(fixed, { exact: true }).waitFor();
    await page.getByTestId('run-check').click();
    await page.locator('section[data-rule="task-lead-missing"]').waitFor({ state: 'detached' });
  });

  it('inserts a section after a paragraph clicked in the document view, and it shows there', async () => {
    const last = view().locator('[data-paragraph]', { hasText: /^2\. Các cơ quan, đơn vị báo cáo kết quả/ }).first();
    await last.click();
    await current().filter({ hasText: /^2\. Các cơ quan, đơn vị báo cáo/ }).waitFor();
    const at = Number(await current().getAttribute('data-paragraph'));
    await page.getByRole('tab', { name: 'Soạn thảo' }).click();
    await page.getByTestId('draft-panel').waitFor();
    await page.screenshot({ path: join(DOCS, 'pane-draft.png'), fullPage: false, animations: 'disabled' });
    // The decisions at 350 px: a parent task with its wording, lead, timing and points; one left out at
    // this level with its reason; the deadline computed with its reason. Nothing wider than the pane.
    const panel = page.getByTestId('draft-panel');
    expect(await panel.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    // The document view stays on top at 350 px: hidden for these pictures, shown again after.
    await page.getByRole('button', { name: 'Ẩn văn bản' }).click();
    await page.getByTestId('task-2').scrollIntoViewIfNeeded();
    await page.getByTestId('task-2').screenshot({ path: join(DOCS, 'pane-draft-task.png'), animations: 'disabled' });
    await expect(page.getByTestId('task-4').getByRole('radio', { name: 'Không áp dụng ở cấp này' }).isChecked()).resolves.toBe(true);
    await page.getByTestId('task-4').screenshot({ path: join(DOCS, 'pane-draft-left-out.png'), animations: 'disabled' });
    await page.getByTestId('group-reporting').getByText(/^Để trống: trước ngày \d+\/\d+, tức /).waitFor();
    await page.getByTestId('group-reporting').screenshot({ path: join(DOCS, 'pane-draft-reporting.png'), animations: 'disabled' });
    await page.getByRole('button', { name: 'Hiện văn bản' }).click();
    await view().locator('[data-paragraph]').first().waitFor();
    for (const label of ['Phần đầu (quốc hiệu, số, ngày)', 'Căn cứ', 'I. Mục đích, yêu cầu', 'II. Mục tiêu', 'III. Nhiệm vụ, giải pháp', 'IV. Kinh phí', 'V. Tổ chức thực hiện', 'Nơi nhận và chữ ký']) {
      await page.getByRole('checkbox', { name: label }).uncheck();
    }
    await page.getByRole('button', { name: 'Xem trước' }).click();
    await page.getByRole('region', { name: 'Xem trước' }).getByText(/BÁO CÁO/).first().waitFor();
    await page.getByRole('region', { name: 'Xem trước' }).screenshot({ path: join(DOCS, 'pane-draft-preview.png'), animations: 'disabled' });
    await page.getByTestId('insert-draft').click();
    // The section fits after section V; the document has no parent link: the pane asks before linking.
    const confirm = page.getByTestId('insert-confirm');
    await expect(confirm.getByRole('checkbox', { name: /^Liên kết văn bản với / }).isChecked()).resolves.toBe(true);
    await expect(confirm.getByRole('radio').count()).resolves.toBe(0);
    // The whole confirmation wraps inside 350 px, nothing cut at the right edge.
    expect(await confirm.evaluate((el) => el.scrollWidth <= el.clientWidth && el.getBoundingClientRect().right <= window.innerWidth)).toBe(true);
    await page.getByTestId('confirm-insert').click();
    await page.getByTestId('notice-success').filter({ hasText: /^Đã chèn \d+ đoạn và liên kết/ }).waitFor();
    await drawn(at + 1).filter({ hasText: /^VI\. CHẾ ĐỘ BÁO CÁO/ }).waitFor();
    expect(await inSight(current())).toBe(true);
  });

  it('keeps the document and its ignored findings after a reload, asking before leaving', async () => {
    await page.getByRole('tab', { name: 'Kiểm tra' }).click();
    await page.getByTestId('run-check').click();
    await page.getByTestId('run-check').and(page.locator(':enabled')).waitFor();
    const group = page.locator('section[data-rule]').first();
    const rule = await group.getAttribute('data-rule');
    await group.getByRole('button', { name: 'Bỏ qua quy tắc này' }).click();
    await page.getByTestId('ignored-count').waitFor();
    const dialogs: string[] = [];
    page.once('dialog', (d) => void (dialogs.push(d.type()), d.accept()));
    await page.reload();
    expect(dialogs).toEqual(['beforeunload']);
    await page.getByTestId('file-status').filter({ hasText: 'Đã mở lại ke-hoach-tan-an.docx' }).waitFor();
    await view().getByText('Đơn vị chủ trì: Ban Chỉ huy Quân sự xã', { exact: true }).waitFor();
    await view().getByText(/^VI\. CHẾ ĐỘ BÁO CÁO/).waitFor();
    await page.getByTestId('run-check').click();
    await page.getByTestId('ignored-count').waitFor();
    await expect(page.locator(`section[data-rule="${rule}"]`).count()).resolves.toBe(0);
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
    const file = join(mkdtempSync(join(tmpdir(), 'kh-download-')), 'ke-hoach-tan-an.docx');
    await download.saveAs(file);
    const snapshot = readDocx(new Uint8Array(readFileSync(file)), 'ke-hoach-tan-an.docx');
    const texts = snapshot.paragraphs.map((p) => p.text);
    expect(snapshot.paragraphs.find((p) => p.text === 'Đơn vị chủ trì: Ban Chỉ huy Quân sự xã')?.tags).toContain('kh:lead');
    // Section VI went in after section V's last paragraph, before "Nơi nhận".
    const vi = texts.findIndex((t) => /^VI\. CHẾ ĐỘ BÁO CÁO/.test(t));
    expect(vi).toBe(texts.findIndex((t) => t.startsWith('2. Các cơ quan, đơn vị báo cáo')) + 1);
    expect(vi).toBeLessThan(texts.indexOf('Nơi nhận:'));
    expect(snapshot.parentLink?.number).toMatch(/\/KH-UBND$/);
    const run = spawnSync(process.execPath, [join(ROOT, 'bin/kh.js'), 'check', file, '--json'], { encoding: 'utf8', timeout: 120_000 });
    expect(run.status, run.stderr).toBeLessThan(2);
    const report = JSON.parse(run.stdout) as { findings: { rule: string }[] };
    expect(report.findings.filter((f) => f.rule === 'task-lead-missing' || f.rule === 'section-numbering')).toEqual([]);
  });

  it('puts the document beside the pane on a wide screen', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('tab', { name: 'Kiểm tra' }).click();
    await drawn(39).click();
    await current().waitFor();
    const [doc, pane] = [await view().boundingBox(), await page.getByTestId('check-panel').boundingBox()];
    expect(doc!.x + doc!.width).toBeLessThanOrEqual(pane!.x + 1);
    expect(await inSight(current())).toBe(true);
    await page.screenshot({ path: join(DOCS, 'pane-document-wide.png'), animations: 'disabled' });
    await page.setViewportSize({ width: 350, height: 900 });
  });

  it('loads the add-in’s own copy of Office.js when a firewall blocks Microsoft’s CDN', async () => {
    const office = await context.newPage();
    await office.route(/^https:\/\/[^/]*(microsoft|aspnetcdn)\.com\//, (route) => route.abort());
    const localCopy = office.waitForResponse((r) => new URL(r.url()).pathname === '/office-js/office.js' && r.ok());
    await office.goto(`${server.url}/taskpane.html`);
    await localCopy;
    // Loaded before the pane's bundle ran; outside Word, Office.js itself never reports ready.
    expect(await office.evaluate(() => typeof (window as { Office?: unknown }).Office)).toBe('object');
    await office.close();
  });

  it('ran without a CSP violation or an uncaught error', () => {
    expect(cspViolations).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
