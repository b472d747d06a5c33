// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/taskpane/App';
import { en } from '../../src/taskpane/i18n/en';
import { translator } from '../../src/taskpane/i18n';
import { vi } from '../../src/taskpane/i18n/vi';
import { docxHost, inlineRunner, memoryStorage } from './paneFixtures';

afterEach(cleanup);

describe('the pane’s languages', () => {
  it('has an English text for every Vietnamese one, with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(en[key]), key).toEqual(names(vi[key]));
    }
  });

  it('fills placeholders and leaves an unknown one visible', () => {
    expect(translator('vi')('paragraph', { n: 12 })).toBe('Đoạn 12');
    expect(translator('en')('paragraph')).toBe('Paragraph {n}');
  });

  it('opens in Vietnamese and switches to English', async () => {
    render(<App host={docxHost()} runCheck={inlineRunner} storage={memoryStorage()} />);
    expect(screen.getByRole('tab', { name: 'Kiểm tra' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('tab', { name: 'Check' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Check document' })).toBeTruthy();
  });

  it('opens on the tab the ribbon button asked for', async () => {
    // The drafting panel is a lazy chunk: load it first, so a busy machine's slow first import
    // (templates, YAML) is awaited here rather than raced against findBy's polling window.
    await import('../../src/taskpane/draft/DraftPanel');
    render(<App host={docxHost()} runCheck={inlineRunner} storage={memoryStorage()} initialTab="draft" />);
    expect(screen.getByRole('tab', { name: 'Soạn thảo', selected: true })).toBeTruthy();
    expect(await screen.findByTestId('draft-panel')).toBeTruthy();
  });
});
