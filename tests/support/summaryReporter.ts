import type { UserConsoleLog } from 'vitest';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends the run with the plain line "Tests: N passed, N failed, N skipped", which CI reads to
 * tell a run that tested nothing from one that passed; before it, the lines a suite prints for
 * the record ("fuzz: 11200 cases in 95.3 s …", tests/fuzz/), which the default reporter shows
 * only amid the files' output.
 */
export default class SummaryReporter implements Reporter {
  private readonly forTheRecord: string[] = [];

  onUserConsoleLog(log: UserConsoleLog): void {
    for (const line of log.content.split('\n')) if (/^fuzz: \d+ cases in /.test(line)) this.forTheRecord.push(line);
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    if (this.forTheRecord.length > 0) process.stdout.write(`\n${this.forTheRecord.join('\n')}\n`);
    const count = { passed: 0, failed: 0, skipped: 0 };
    for (const module of modules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') count.passed++;
        else if (state === 'failed') count.failed++;
        else count.skipped++;
      }
      // A file that failed to load has no tests but must not read as a pass.
      if (module.state() === 'failed' && module.children.size === 0) count.failed++;
    }
    process.stdout.write(`\nTests: ${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped\n`);
  }
}
