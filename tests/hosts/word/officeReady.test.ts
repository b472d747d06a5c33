import { afterEach, describe, expect, it } from 'vitest';
import { officeReady } from '../../../src/hosts/word/officeReady';
import { FakeWord } from './fakeWord';

let uninstall = () => {};
afterEach(() => uninstall());

function word(sets: string[], displayLanguage?: string): void {
  const fake = FakeWord.document([], { requirementSets: new Set(sets) });
  uninstall = fake.install();
  const office = (globalThis as unknown as { Office: { onReady: () => Promise<unknown>; context: Record<string, unknown> } }).Office;
  office.onReady = async () => ({ host: 'Word' });
  if (displayLanguage) office.context.displayLanguage = displayLanguage;
}

describe('starting the pane in Word', () => {
  it('says Office.js is missing when neither the CDN nor the local copy loaded', async () => {
    expect(await officeReady()).toEqual({ ok: false, reason: 'officejs' });
  });

  it('says the page belongs in Word when Office.js runs in a plain browser tab', async () => {
    word(['WordApi 1.3']);
    (globalThis as unknown as { Office: { onReady: () => Promise<unknown> } }).Office.onReady = async () => ({ host: null, platform: null });
    expect(await officeReady()).toEqual({ ok: false, reason: 'outside' });
  });

  it('refuses a Word without WordApi 1.3', async () => {
    word(['WordApi 1.2']);
    expect(await officeReady()).toEqual({ ok: false, reason: 'requirements' });
  });

  it('opens in Vietnamese, and in English when Office is set to another language', async () => {
    word(['WordApi 1.3'], 'vi-VN');
    expect(await officeReady()).toEqual({ ok: true, language: 'vi' });
    uninstall();
    word(['WordApi 1.3'], 'en-US');
    expect(await officeReady()).toEqual({ ok: true, language: 'en' });
    uninstall();
    word(['WordApi 1.3']);
    expect(await officeReady()).toEqual({ ok: true, language: 'vi' });
  });
});
