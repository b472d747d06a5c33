import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, watch, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** A production build takes ~35 s alone; give a loaded 2-core CI machine room. */
export const BUILD_TIMEOUT_MS = 900_000;

// Test builds go under node_modules/.cache (ignored by git), one directory per build, so a
// rebuild started by another test file never wipes the files a running browser test serves.
const CACHE = join(ROOT, 'node_modules', '.cache', 'soan-kh-pane');
const LATEST = join(CACHE, 'latest');
const LOCK = join(CACHE, 'build.lock');
const KEEP_MS = 30 * 60_000;
const STALE_LOCK_MS = 15 * 60_000;
const INPUTS = ['src', 'templates', 'samples', 'assets', 'examples', 'manifest.xml', 'webpack.config.js', 'package.json'];

/**
 * Resolves when the build lock goes (another test file's build finished or failed): woken by the
 * directory's change event, not by a fixed sleep; a slow re-check covers events a file system drops.
 */
function lockReleased(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      watcher.close();
      clearInterval(recheck);
      resolve();
    };
    const watcher = watch(CACHE, () => !existsSync(LOCK) && done());
    // The caller removes a lock left by a killed build once it is older than any build takes.
    const recheck = setInterval(() => (!existsSync(LOCK) || Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS) && done(), 5000);
    if (!existsSync(LOCK)) done();
  });
}

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name))), info.mtimeMs);
}

/** The latest build's directory when it is newer than every input, else null. */
function freshBuild(): string | null {
  if (!existsSync(LATEST)) return null;
  const dir = readFileSync(LATEST, 'utf8').trim();
  // Another checkout's build (a worktree whose node_modules was copied with hard links shares this file's inode) is not ours.
  if (dirname(dir) !== CACHE) return null;
  const stamp = join(dir, '.built');
  if (!existsSync(stamp)) return null;
  return statSync(stamp).mtimeMs >= Math.max(...INPUTS.map((p) => newest(join(ROOT, p)))) ? dir : null;
}

/**
 * The pane built with the production config (what `npm run build` writes to dist/), rebuilt only
 * when an input is newer. Test files run in parallel workers: one builds under a lock, the others wait.
 */
export async function ensurePaneBuilt(): Promise<string> {
  mkdirSync(CACHE, { recursive: true });
  for (;;) {
    const ready = freshBuild();
    if (ready) return ready;
    try {
      mkdirSync(LOCK);
    } catch {
      // A lock left by a run that was killed mid-build is older than any build takes.
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      await lockReleased();
      continue;
    }
    try {
      const again = freshBuild();
      if (again) return again;
      const dir = join(CACHE, `build-${Date.now()}`);
      execFileSync(process.execPath, [join(ROOT, 'node_modules/webpack-cli/bin/cli.js'), '--mode', 'production', '--config', 'webpack.config.js', '--output-path', dir], { cwd: ROOT, stdio: 'pipe', timeout: 800_000 });
      writeFileSync(join(dir, '.built'), new Date().toISOString());
      // Written beside and renamed: a new file, never a write through a hard link another checkout shares.
      writeFileSync(`${LATEST}.${process.pid}`, dir);
      renameSync(`${LATEST}.${process.pid}`, LATEST);
      for (const old of readdirSync(CACHE).filter((f) => f.startsWith('build-') && join(CACHE, f) !== dir)) {
        if (Date.now() - statSync(join(CACHE, old)).mtimeMs > KEEP_MS) rmSync(join(CACHE, old), { recursive: true, force: true });
      }
      return dir;
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
}

