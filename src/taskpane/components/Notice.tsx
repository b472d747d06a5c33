import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { curlyQuotes } from '../../core/text/quotes';
import type { MessageKey } from '../i18n/vi';
import { useI18n, type Language, type Translate } from '../i18n';
import { errorText } from './errorText';

type Bilingual = { vi: string; en: string };

/** A message kept as its key and values (or the error itself), so it is worded in the language shown, not the one it was made in. */
export type PaneMessage = { key: MessageKey; args?: Record<string, string | number | Bilingual> } | { error: unknown };

export interface Notice {
  intent: 'success' | 'error' | 'info' | 'warning';
  text: PaneMessage;
}

/** A pane message in the language shown. */
export function messageText(m: PaneMessage, t: Translate, language: Language): string {
  if ('error' in m) return errorText(m.error, language);
  const args: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(m.args ?? {})) args[name] = typeof value === 'object' ? value[language] : value;
  return curlyQuotes(t(m.key, args));
}

/** The panel's one message; multiline, so a long sentence wraps at 320 px instead of being cut. */
export function NoticeBar({ notice }: { notice: Notice | null }) {
  const { t, language } = useI18n();
  if (!notice) return null;
  return (
    <MessageBar intent={notice.intent} layout="multiline" data-testid={`notice-${notice.intent}`}>
      <MessageBarBody>{messageText(notice.text, t, language)}</MessageBarBody>
    </MessageBar>
  );
}
