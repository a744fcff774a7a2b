// Starts the packaged backend jar on a free port with a fresh data directory, and stops it again.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const READY_TIMEOUT_MS = 120_000;

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

async function waitUntilReady(baseUrl, child) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`the app exited with code ${child.exitCode} before it was ready`);
    }
    try {
      const response = await fetch(`${baseUrl}/actuator/health/readiness`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the app was not ready within ${READY_TIMEOUT_MS / 1000} s`);
}

/**
 * Runs `java -jar` on the jar with its embedded store and development sign-in (the demo people),
 * everything it writes kept in a temporary directory removed by stop(). The log goes to target/app.log.
 */
export async function startApp({ jar, logDir }) {
  const jarPath = resolve(jar);
  if (!existsSync(jarPath)) {
    throw new Error(`${jarPath} is missing: build it first with  mvn -B -DskipTests package`);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'csr-academy-e2e-'));
  const port = await freePort();
  mkdirSync(logDir, { recursive: true });
  const log = createWriteStream(join(logDir, 'app.log'));
  const child = spawn(
    process.env.JAVA ?? 'java',
    [
      '-Xmx512m',
      // A short run: the C1 compiler alone starts noticeably faster on a busy 2-core machine.
      '-XX:TieredStopAtLevel=1',
      '-jar',
      jarPath,
      `--server.port=${port}`,
      '--server.address=127.0.0.1',
      `--academy.store.embedded.path=${join(dataDir, 'academy.mv')}`,
      `--academy.security.dev-issuer.key-file=${join(dataDir, 'dev-issuer-key.json')}`,
      // The scenarios sign in some twenty demo people from one address within a minute or two, past the
      // development sign-in's limit of 10 a minute per address (which SecurityApiTest and docs/security.md cover).
      '--academy.security.rate-limit.dev-sign-in.capacity=1000',
    ],
    { cwd: dataDir, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const baseUrl = `http://127.0.0.1:${port}`;

  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitUntilReady(baseUrl, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop };
}
