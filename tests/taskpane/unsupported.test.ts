// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';

const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';
const EDGE_HTML = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0 Safari/537.36 Edge/18.19041';
const WEBVIEW2 = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0';

type KhWindow = Window & { khUnsupported?: boolean; khShowUnsupported?: (r: 'webview' | 'requirements' | 'officejs') => void };

async function loadWith(userAgent: string) {
  vi.resetModules();
  vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(userAgent);
  document.body.innerHTML = '<div id="root">Đang tải Soạn KH…</div>';
  delete (window as KhWindow).khUnsupported;
  await import('../../src/taskpane/unsupported');
}

beforeEach(() => vi.restoreAllMocks());

describe('the old-Office screen', () => {
  it('tells Word running in Internet Explorer (Trident) that Office is too old, in Vietnamese', async () => {
    await loadWith(IE11);
    expect(document.querySelector('[role="alert"] h1')?.textContent).toBe('Phiên bản Office này quá cũ cho Soạn KH');
    expect((window as KhWindow).khUnsupported).toBe(true);
  });

  it('does the same for the old Edge (EdgeHTML)', async () => {
    await loadWith(EDGE_HTML);
    expect((window as KhWindow).khUnsupported).toBe(true);
  });

  it('stays out of the way in WebView2 and leaves the pane to React', async () => {
    await loadWith(WEBVIEW2);
    expect((window as KhWindow).khUnsupported).toBeUndefined();
    expect(document.getElementById('root')?.textContent).toBe('Đang tải Soạn KH…');
  });

  it('explains a missing WordApi requirement set when the pane asks it to', async () => {
    await loadWith(WEBVIEW2);
    (window as KhWindow).khShowUnsupported!('requirements');
    expect(document.body.textContent).toContain('WordApi 1.3');
  });
});

describe('the Office page without Office.js', () => {
  it('says Office.js could not be loaded instead of loading forever', async () => {
    await loadWith(WEBVIEW2);
    (window as KhWindow).khShowUnsupported!('officejs');
    expect(document.querySelector('[role="alert"] h1')?.textContent).toBe('Không tải được Office.js');
  });
});
