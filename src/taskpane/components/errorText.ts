import { KhInputError } from '../../core/errors';
import type { Language } from '../i18n';

/** One sentence for the user: a KhInputError's own words, never a stack trace. */
export function errorText(e: unknown, language: Language): string {
  if (e instanceof KhInputError) return language === 'en' && e.messageEn ? `${e.file}: ${e.messageEn}` : e.describe();
  return e instanceof Error ? e.message : String(e);
}
