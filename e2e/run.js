// Runs the end-to-end tests: starts the packaged app (unless E2E_BASE_URL points at one already
// running), then node's test runner on tests/*.test.js, one file at a time.
//   node run.js               every test
//   node run.js exam journeys only the test files whose names contain one of the words
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApp } from './support/app.js';

const here = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const files = readdirSync(join(here, 'tests'))
  .filter((file) => file.endsWith('.test.js'))
  .filter((file) => filters.length === 0 || filters.some((word) => file.includes(word)))
  .sort()
  .map((file) => join('tests', file));
if (files.length === 0) {
  console.error(`no test file matches ${filters.join(', ')}`);
  process.exit(1);
}

let app;
if (!process.env.E2E_BASE_URL) {
  const jar = process.env.E2E_JAR ?? join(here, '..', 'backend', 'target', 'csr-academy.jar');
  const started = Date.now();
  app = await startApp({ jar, logDir: join(here, 'target') });
  console.log(`app ready at ${app.baseUrl} in ${((Date.now() - started) / 1000).toFixed(1)} s (log: target/app.log)`);
}

const code = await new Promise((resolveCode) => {
  const child = spawn(process.execPath, ['--test', '--test-concurrency=1', ...files], {
    cwd: here,
    stdio: 'inherit',
    env: { ...process.env, E2E_BASE_URL: process.env.E2E_BASE_URL ?? app.baseUrl },
  });
  child.on('exit', (exitCode, signal) => resolveCode(exitCode ?? (signal ? 1 : 0)));
});
await app?.stop();
process.exit(code);
