/// <reference types="office-js" />

/** Why the pane cannot run in this Office (the Word entry shows `unsupported.ts`'s screen for it). */
export type OfficeUnsupported = 'officejs' | 'requirements' | 'outside';

export type OfficeStart = { ok: true; language: 'vi' | 'en' } | { ok: false; reason: OfficeUnsupported };

/**
 * Waits for Office.js and says whether this Word can run the pane, and in which language: the
 * pane's entry never touches `Office` itself. Office.js missing (CDN and local copy both failed)
 * or WordApi 1.3 missing are reasons, not exceptions.
 */
export async function officeReady(): Promise<OfficeStart> {
  if (typeof Office === 'undefined') return { ok: false, reason: 'officejs' };
  const { host } = await Office.onReady();
  // Office.js loaded in a plain browser tab: no host, no requirements to ask about.
  if (host == null || !Office.context?.requirements) return { ok: false, reason: 'outside' };
  if (!Office.context.requirements.isSetSupported('WordApi', '1.3')) return { ok: false, reason: 'requirements' };
  // Vietnamese unless Office says otherwise: the pane is written for Vietnamese offices first.
  const language = Office.context.displayLanguage?.toLowerCase().startsWith('vi') === false ? 'en' : 'vi';
  return { ok: true, language };
}
