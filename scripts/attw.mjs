#!/usr/bin/env node
// `attw --pack . --profile esm-only`, with every `wat-werkt/define/<tag>` named: attw does not expand
// the `./define/*` pattern of the exports map by itself. Fails (exit 1) on any problem.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const defines = readdirSync(new URL('../src/define/', import.meta.url))
  .filter((file) => file.endsWith('.ts'))
  .map((file) => `./define/${file.replace(/\.ts$/, '')}`);
const args = ['attw', '--pack', '.', '--profile', 'esm-only', '--include-entrypoints', ...defines];
const result = spawnSync('npx', ['--no-install', ...args], { stdio: 'inherit' });
process.exit(result.status ?? 1);
