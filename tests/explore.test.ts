import { it } from 'vitest';
import { launchChromium } from './e2e/browser';
import { serveStatic } from './e2e/staticServer';
it('explore', async () => {
  const server = await serveStatic(process.env.DIST!);
  const b = await launchChromium();
  const page = await b.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => errors.push('console: ' + m.text()));
  await page.goto(`${server.url}/standalone.html`);
  await new Promise((r) => setTimeout(r, 8000));
  await page.screenshot({ path: '/tmp/shot2.png' });
  console.log(await page.locator('body').innerText());
  await b.context.close(); await server.close();
  console.log(errors.join('\n'));
}, 120000);
