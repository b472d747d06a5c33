import type { CheckOptions } from '../../core/checks/types';
import type { DocumentSnapshot } from '../../core/snapshot';

export type Ignored = NonNullable<CheckOptions['ignored']>;

const PREFIX = 'soanKh.ignored.v1:';

/**
 * Which document this is, across sessions: its name and its opening lines (issuer, number, title),
 * which an edit further down does not change. Word gives no stable file id to a task pane.
 */
export function documentKey(snapshot: DocumentSnapshot): string {
  const head = snapshot.paragraphs.map((p) => p.text.trim()).filter(Boolean).slice(0, 8).join('\n');
  let hash = 5381;
  for (const ch of `${snapshot.source}\n${head}`) hash = ((hash * 33) ^ ch.codePointAt(0)!) >>> 0;
  return PREFIX + hash.toString(36);
}

export function loadIgnored(storage: Storage | undefined, key: string): Ignored {
  try {
    const raw = storage?.getItem(key);
    const list = raw ? (JSON.parse(raw) as unknown) : [];
    return Array.isArray(list) ? (list as Ignored).filter((i) => typeof i?.rule === 'string') : [];
  } catch {
    return [];
  }
}

export function saveIgnored(storage: Storage | undefined, key: string, ignored: Ignored): void {
  if (ignored.length === 0) storage?.removeItem(key);
  else storage?.setItem(key, JSON.stringify(ignored));
}
