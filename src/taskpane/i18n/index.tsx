import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { en } from './en';
import { vi, type Dictionary, type MessageKey } from './vi';

export type Language = 'vi' | 'en';
export type Translate = (key: MessageKey, args?: Record<string, string | number>) => string;

const DICTIONARIES: Record<Language, Dictionary> = { vi, en };

/** `{name}` placeholders filled from args; a missing one stays visible rather than vanishing. */
export function translator(language: Language): Translate {
  const dict = DICTIONARIES[language];
  return (key, args) => dict[key].replace(/\{(\w+)\}/g, (whole, name: string) => (args && name in args ? String(args[name]) : whole));
}

const I18nContext = createContext<{ language: Language; t: Translate }>({ language: 'vi', t: translator('vi') });

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const value = useMemo(() => ({ language, t: translator(language) }), [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n() {
  return useContext(I18nContext);
}
