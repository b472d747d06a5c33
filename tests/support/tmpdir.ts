/**
 * Vitest's global setup: every temporary folder a test makes (os.tmpdir(), which reads TMPDIR)
 * goes under one folder of this run, removed when the run ends, so the suite leaves nothing in
 * /tmp however its tests end. Chromium's and LibreOffice's profiles go there too.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const before = process.env.TMPDIR;
  const dir = mkdtempSync(join(tmpdir(), 'kh-tests-'));
  process.env.TMPDIR = dir;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(dir, { recursive: true, force: true });
  };
}
