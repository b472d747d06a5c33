/// <reference lib="webworker" />
import { KhInputError } from '../../core/errors';
import { runCheckJob, type CheckRequest } from '../check/checkJob';
import type { WorkerReply } from './messages';

/** Reads the plan and runs the checks off the pane's thread, posting progress after each rule. */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: WorkerReply) => scope.postMessage(reply);

scope.onmessage = (event: MessageEvent<CheckRequest>) => {
  try {
    const result = runCheckJob(event.data, (progress) => post({ type: 'progress', progress }));
    post({ type: 'done', result });
  } catch (e) {
    if (e instanceof KhInputError) post({ type: 'error', message: e.describe(), messageEn: e.messageEn, file: e.file, id: e.id });
    else post({ type: 'error', message: `lỗi khi kiểm tra: ${e instanceof Error ? e.message : String(e)}`, messageEn: 'the check failed' });
  }
};
