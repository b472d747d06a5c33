/** Wall and CPU time of child processes (CPU from GNU time when the machine has it: the load of others shows in wall, not CPU). */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export interface Timed {
  wall: number;
  cpu: number | null;
  status: number | null;
}

const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Runs `command args` once (in `env`, else this process's); `cpu` is user + system seconds of it and its children. */
export function timed(command: string, args: string[], cwd = process.cwd(), env?: NodeJS.ProcessEnv): Timed {
  const dir = mkdtempSync(join(tmpdir(), 'kh-bench-'));
  const out = join(dir, 'time');
  const t0 = performance.now();
  const r = GNU_TIME
    ? spawnSync(GNU_TIME, ['-f', '%U %S', '-o', out, command, ...args], { cwd, env, stdio: ['ignore', 'ignore', 'ignore'] })
    : spawnSync(command, args, { cwd, env, stdio: ['ignore', 'ignore', 'ignore'] });
  const wall = (performance.now() - t0) / 1000;
  let cpu: number | null = null;
  if (GNU_TIME) {
    const [user, sys] = readFileSync(out, 'utf8').trim().split(/\s+/).slice(-2).map(Number);
    cpu = user + sys;
  }
  rmSync(dir, { recursive: true, force: true });
  return { wall, cpu, status: r.status };
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** The median run of `runs` (by wall time). */
export function medianRun(runs: number, fn: () => Timed): Timed {
  const all = Array.from({ length: runs }, fn).sort((a, b) => a.wall - b.wall);
  return all[Math.floor(all.length / 2)];
}

/**
 * The median run of each of `fns`, run in turn `runs` times (a, b, c, a, b, c …): on a shared
 * machine whose speed drifts, each sees the same moments, so their difference is fair.
 */
export function medianRunsInterleaved(runs: number, fns: (() => Timed)[]): Timed[] {
  const all: Timed[][] = fns.map(() => []);
  for (let i = 0; i < runs; i++) fns.forEach((fn, k) => all[k].push(fn()));
  return all.map((ts) => ts.sort((a, b) => a.wall - b.wall)[Math.floor(ts.length / 2)]);
}

export const s = (n: number | null) => (n == null ? '   ?' : `${n.toFixed(2)} s`);
