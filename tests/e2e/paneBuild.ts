import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = join(ROOT, 'dist');
/** A production build takes ~35 s alone; give a loaded 2-core CI machine room. */
export const BUILD_TIMEOUT_MS = 400_000;
const STAMP = join(DIST, '.built');
// Under node_modules/.cache: ignored by git, and out of dist/, which the build cleans.
const LOCK = join(ROOT, 'node_modules', '.cache', 'soan-kh-pane-build.lock');
const INPUTS = ['src', 'templates', 'samples', 'assets', 'examples', 'manifest.xml', 'webpack.config.mjs', 'package.json'];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name))), info.mtimeMs);
}

function fresh(): boolean {
  return existsSync(STAMP) && statSync(STAMP).mtimeMs >= Math.max(...INPUTS.map((p) => newest(join(ROOT, p))));
}

/**
 * Builds dist/ with the production config unless it is newer than every input. Test files run
 * in parallel workers, so one builds under a lock directory and the others wait for it.
 */
export async function ensurePaneBuilt(): Promise<string> {
  for (;;) {
    if (fresh()) return DIST;
    try {
      mkdirSync(dirname(LOCK), { recursive: true });
      mkdirSync(LOCK);
    } catch {
      // A lock left by a run that was killed mid-build is older than any build takes.
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 10 * 60_000) rmSync(LOCK, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 1000));
      continue;
    }
    try {
      if (!fresh()) {
        execFileSync(process.execPath, [join(ROOT, 'node_modules/webpack-cli/bin/cli.js'), '--mode', 'production', '--config', 'webpack.config.mjs'], { cwd: ROOT, stdio: 'pipe', timeout: 300_000 });
        writeFileSync(STAMP, new Date().toISOString());
      }
      return DIST;
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
}
