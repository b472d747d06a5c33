#!/usr/bin/env node
// `kh` once the package is installed: the CLI is TypeScript, run through tsx's loader.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/kh.ts');
