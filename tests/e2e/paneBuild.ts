import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** A production build takes ~35 s alone; give a loaded 2-core CI machine room. */
export const BUILD_TIMEOUT_MS = 400_000;

// Test builds go under node_modules/.cache (ignored by git), one directory per build, so a
// rebuild started by another test file never wipes the files a running browser test serves.
const CACHE = join(ROOT, 'node_modules', '.cache', 'soan-kh-pane');
const LATEST = join(CACHE, 'latest');
const LOCK = join(CACHE, 'build.lock');
const KEEP_MS = 30 * 60_000;
const INPUTS = ['src', 'templates', 'samples', 'assets', 'examples', 'manifest.xml', 'webpack.config.js', 'package.json'];

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
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 10 * 60_000) rmSync(LOCK, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 1000));
      continue;
    }
    try {
      const again = freshBuild();
      if (again) return again;
      const dir = join(CACHE, `build-${Date.now()}`);
      execFileSync(process.execPath, [join(ROOT, 'node_modules/webpack-cli/bin/cli.js'), '--mode', 'production', '--config', 'webpack.config.js', '--output-path', dir], { cwd: ROOT, stdio: 'pipe', timeout: 300_000 });
      writeFileSync(join(dir, '.built'), new Date().toISOString());
      writeFileSync(LATEST, dir);
      for (const old of readdirSync(CACHE).filter((f) => f.startsWith('build-') && join(CACHE, f) !== dir)) {
        if (Date.now() - statSync(join(CACHE, old)).mtimeMs > KEEP_MS) rmSync(join(CACHE, old), { recursive: true, force: true });
      }
      return dir;
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
}

