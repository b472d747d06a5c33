import { execFileSync } from 'node:child_process';

/**
 * System tests (Chromium, LibreOffice, pdftotext, xmllint) skip with a plain message where the
 * binary is absent, and fail under KH_REQUIRE_SYSTEM_TESTS=1, which CI sets after installing them.
 */
export const SYSTEM_TESTS_REQUIRED = process.env.KH_REQUIRE_SYSTEM_TESTS === '1';

const cache = new Map<string, string | null>();

/** Absolute path of a binary on PATH, or null. */
export function which(name: string): string | null {
  if (!cache.has(name)) {
    let found: string | null = null;
    try {
      found = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || null;
    } catch {
      found = null;
    }
    cache.set(name, found);
  }
  return cache.get(name) ?? null;
}

/**
 * True when every binary is there. When one is missing: throws under KH_REQUIRE_SYSTEM_TESTS=1,
 * otherwise prints why the suite is skipped and returns false (use with `describe.skipIf(!ok)`).
 */
export function requireBinaries(suite: string, ...names: string[]): boolean {
  const missing = names.filter((n) => !which(n));
  if (missing.length === 0) return true;
  const why = `${suite}: bỏ qua vì máy thiếu ${missing.join(', ')} (skipped: ${missing.join(', ')} not installed)`;
  if (SYSTEM_TESTS_REQUIRED) throw new Error(`${why}; KH_REQUIRE_SYSTEM_TESTS=1 requires them`);
  console.warn(why);
  return false;
}
