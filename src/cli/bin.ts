#!/usr/bin/env node
/** The `support-finder-feed` executable: runs one command and exits with its code. */
import { run } from './main.ts';

const result = await run(process.argv.slice(2));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
