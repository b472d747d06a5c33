/**
 * Checks many files on every core: a piscina pool of worker threads running the bundled worker
 * (build/cli/check-worker.mjs, built with the CLI by bin/kh.js). Where there is no bundle (the
 * sources run through tsx or vitest) the files are checked in this thread, one after another.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { checkForBatch, unreadable, type FileResult } from '../checkFile';
import type { CheckTask } from './checkWorker';

/** The worker bundle beside the running CLI bundle, or null when the CLI runs from sources. */
function workerBundle(): string | null {
  // The path, not the URL: bin/kh.js imports a bundle it has just rebuilt as run.mjs?built=….
  if (!new URL(import.meta.url).pathname.endsWith('.mjs')) return null;
  const path = fileURLToPath(new URL('./check-worker.mjs', import.meta.url));
  return existsSync(path) ? path : null;
}

/** Results in the order of `files`; `onResult` hears each as it comes, for the progress bar. */
export async function checkAll(files: string[], parent: string | null, onResult: (r: FileResult) => void, threads = availableParallelism()): Promise<FileResult[]> {
  const worker = workerBundle();
  const size = Math.max(1, Math.min(threads, files.length));
  if (!worker || size === 1 || files.length < 3) {
    const results: FileResult[] = [];
    for (const file of files) {
      const r = await checkForBatch(file, parent);
      onResult(r);
      results.push(r);
    }
    return results;
  }
  const { Piscina } = await import('piscina');
  const pool = new Piscina<CheckTask, FileResult>({ filename: worker, minThreads: size, maxThreads: size, idleTimeout: 1000, resourceLimits: { maxOldGenerationSizeMb: 2048 } });
  try {
    return await Promise.all(
      files.map(async (file) => {
        let r: FileResult;
        try {
          r = await pool.run({ file, parent });
        } catch (e) {
          // A worker that died (out of memory) takes only its file down.
          r = unreadable(file, `lỗi nội bộ khi kiểm tra: ${(e as Error)?.message ?? String(e)}`);
        }
        onResult(r);
        return r;
      }),
    );
  } finally {
    await pool.destroy();
  }
}
