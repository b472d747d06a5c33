import { it } from 'vitest';
import { launchChromium } from './e2e/browser';
import { serveStatic } from './e2e/staticServer';
it('explore', async () => {
  const server = await serveStatic(process.env.DIST!);
  const b = await launchChromium();
  const page = await b.context.newPage();
  await page.goto(`${server.url}/standalone.html`);
  await page.locator('[data-paragraph]').first().waitFor();
  await page.getByTestId('run-check').click();
  await page.getByTestId('check-summary').waitFor();
  await page.locator('[data-testid="finding"]').first().click();
  await page.locator('[data-current]').first().waitFor();
  console.log(await page.evaluate(() => {
    const out = [`doc ${document.documentElement.scrollWidth} win ${innerWidth} scrollX ${scrollX}`];
    for (const el of document.querySelectorAll('body *')) {
      const r = (el as HTMLElement).getBoundingClientRect();
      if (r.right > innerWidth + 1 && !(el as HTMLElement).closest('.kh-docview')) out.push(`${el.tagName}.${(el as HTMLElement).className.toString().slice(0, 40)} ${r.left.toFixed(0)}-${r.right.toFixed(0)}`);
    }
    return out.slice(0, 15).join('\n');
  }));
  await b.context.close(); await server.close();
}, 120000);
