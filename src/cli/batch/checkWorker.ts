/** A batch worker thread (piscina): checks the files it is handed, one at a time. */
import { checkForBatch, type FileResult } from '../checkFile';

export interface CheckTask {
  file: string;
  parent: string | null;
}

export default function checkTask(task: CheckTask): Promise<FileResult> {
  return checkForBatch(task.file, task.parent);
}
