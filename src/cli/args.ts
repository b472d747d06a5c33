import { KhInputError } from '../core/errors';

export interface ParsedArgs {
  positional: string[];
  flags: Record<string, string | true>;
}

/**
 * Minimal `--flag value` / `--flag=value` / `--switch` parsing. `booleans` lists the flags that
 * take no value; an unknown flag is an argument error (exit 2), not silently ignored.
 */
export function parseArgs(args: string[], known: { booleans: string[]; values: string[]; short?: Record<string, string> }): ParsedArgs {
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    let a = args[i];
    if (known.short && a in known.short) a = `--${known.short[a]}`;
    if (!a.startsWith('--') || a === '--') {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = a.slice(2, eq < 0 ? undefined : eq);
    if (known.booleans.includes(name)) {
      flags[name] = true;
    } else if (known.values.includes(name)) {
      const value = eq >= 0 ? a.slice(eq + 1) : args[++i];
      if (value === undefined) throw new KhInputError('kh', `thiếu giá trị cho --${name}`, {}, `--${name} needs a value`, 'usage');
      flags[name] = value;
    } else {
      throw new KhInputError('kh', `không có tuỳ chọn --${name}`, {}, `unknown option --${name}`, 'usage');
    }
  }
  return { positional, flags };
}
