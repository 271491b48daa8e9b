#!/usr/bin/env node
import { endOnClosedPipe } from './end-on-closed-pipe.js';
import { runCli } from './main.js';

endOnClosedPipe([process.stdout, process.stderr]);
process.exitCode = await runCli({
  argv: process.argv.slice(2),
  env: process.env,
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
});
