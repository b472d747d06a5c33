/**
 * The files a batch checks: every file named, and every plan file under every folder named,
 * recursively, in a stable order. A name that does not exist is kept, so it gets its row.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { SUPPORTED_EXTENSIONS } from '../loadDocument';

/** Word's lock files (`~$plan.docx`) and hidden files are not plans. */
const skipped = (name: string) => name.startsWith('~$') || name.startsWith('.');

async function walk(dir: string, seen: Set<string>, out: string[]): Promise<void> {
  const real = await realpath(dir).catch(() => dir);
  // A symbolic link back up the tree is followed once.
  if (seen.has(real)) return;
  seen.add(real);
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (skipped(e.name)) continue;
    const path = join(dir, e.name);
    const isDir = e.isDirectory() || (e.isSymbolicLink() && (await stat(path).catch(() => null))?.isDirectory());
    if (isDir) await walk(path, seen, out);
    else if (SUPPORTED_EXTENSIONS.includes(extname(e.name).toLowerCase())) out.push(path);
  }
}

/** Files first as given, folders expanded in place; duplicates dropped. */
export async function expandInputs(args: string[]): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const arg of args) {
    const s = await stat(arg).catch(() => null);
    if (s?.isDirectory()) await walk(arg, seen, out);
    else out.push(arg);
  }
  return [...new Set(out)];
}

/** True when the arguments ask for a batch: several files, or a folder. */
export async function isBatch(args: string[]): Promise<boolean> {
  if (args.length !== 1) return true;
  return (await stat(args[0]).catch(() => null))?.isDirectory() ?? false;
}
