import { KhInputError } from '../core/errors';

/** A bug of ours met while handling a file: the line still names the file (the stack waits for KH_DEBUG). */
export class KhInternalError extends Error {
  constructor(
    readonly file: string,
    readonly original: unknown,
  ) {
    super(original instanceof Error ? original.message : String(original));
    this.name = 'KhInternalError';
  }
}

/** Runs `work` on `file`: the user's input errors pass through, anything else is named after the file. */
export async function naming<T>(file: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof KhInputError || e instanceof KhInternalError) throw e;
    throw new KhInternalError(file, e);
  }
}
