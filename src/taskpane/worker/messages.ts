import type { InputErrorId } from '../../core/errors';
import type { CheckProgress, CheckResult } from '../check/checkJob';

/** What the check worker posts back. */
export type WorkerReply =
  | { type: 'progress'; progress: CheckProgress }
  | { type: 'done'; result: CheckResult }
  | { type: 'error'; message: string; messageEn?: string; file?: string; id?: InputErrorId };
