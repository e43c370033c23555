#!/usr/bin/env node
// The reply-coach command. The CLI is TypeScript, run through tsx's loader (no build step needed).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../lib/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
