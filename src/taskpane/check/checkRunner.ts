import { KhInputError } from '../../core/errors';
import type { CheckProgress, CheckRequest, CheckResult } from './checkJob';
import type { WorkerReply } from '../worker/messages';

/** Runs a check somewhere (a worker in the pane, inline in tests) and reports progress. */
export type CheckRunner = (request: CheckRequest, onProgress: (p: CheckProgress) => void) => Promise<CheckResult>;

/**
 * A runner on a dedicated worker, so reading and checking a 200-page plan never blocks the pane.
 * One worker, started on first use; a new request waits for the previous one.
 */
export function workerCheckRunner(): CheckRunner {
  let worker: Worker | null = null;
  let chain: Promise<unknown> = Promise.resolve();
  return (request, onProgress) => {
    const job = chain.then(
      () =>
        new Promise<CheckResult>((resolve, reject) => {
          worker ??= new Worker(new URL('../worker/check.worker.ts', import.meta.url), { name: 'kh-check' });
          const w = worker;
          w.onmessage = (event: MessageEvent<WorkerReply>) => {
            const reply = event.data;
            if (reply.type === 'progress') onProgress(reply.progress);
            else if (reply.type === 'done') resolve(reply.result);
            else reject(new KhInputError(reply.file ?? request.snapshot.source, reply.message, {}, reply.messageEn, reply.id));
          };
          w.onerror = (event) => reject(new Error(event.message || 'worker error'));
          w.postMessage(request);
        }),
    );
    chain = job.catch(() => undefined);
    return job;
  };
}
