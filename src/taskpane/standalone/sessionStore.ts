/**
 * The standalone page's work kept across a reload: the document as edited, per file (its name and
 * a hash of the bytes it was opened from), in IndexedDB, which holds a .docx of several MB where
 * localStorage would not. Ignored findings are kept by the check panel under the same id.
 */
export interface SavedSession {
  /** `name:hash` of the file as opened. */
  id: string;
  name: string;
  /** The document as it was after the last edit. */
  bytes: Uint8Array;
  savedAt: number;
}

export interface SessionStore {
  load(id: string): Promise<SavedSession | null>;
  save(session: SavedSession): Promise<void>;
  /** The session of the document last worked on, to reopen it after a reload. */
  last(): Promise<SavedSession | null>;
}

/** `name:hash` with FNV-1a over the bytes: the same file opened again finds its work. */
export function sessionId(name: string, bytes: Uint8Array): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) hash = Math.imul(hash ^ bytes[i], 0x01000193) >>> 0;
  return `${name}:${bytes.length.toString(36)}-${hash.toString(36)}`;
}

const DB = 'soan-kh';
const STORE = 'sessions';
const LAST = 'soanKh.lastSession';

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

/** The browser's store; null where IndexedDB is missing (private modes of some browsers): nothing is kept then. */
export function indexedDbSessions(storage: Storage = window.localStorage): SessionStore | null {
  if (typeof indexedDB === 'undefined') return null;
  let db: Promise<IDBDatabase> | null = null;
  const open = () =>
    (db ??= new Promise((resolve, reject) => {
      const r = indexedDB.open(DB, 1);
      r.onupgradeneeded = () => r.result.createObjectStore(STORE, { keyPath: 'id' });
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    }));
  const store = async (mode: IDBTransactionMode) => (await open()).transaction(STORE, mode).objectStore(STORE);
  const load = async (id: string) => ((await request((await store('readonly')).get(id))) as SavedSession | undefined) ?? null;
  return {
    load,
    save: async (session) => {
      await request((await store('readwrite')).put(session));
      storage.setItem(LAST, session.id);
    },
    last: async () => {
      const id = storage.getItem(LAST);
      return id ? load(id) : null;
    },
  };
}
