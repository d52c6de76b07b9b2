// Serves the production build, building it first when it is missing or older than the sources.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const buildId = path.join(root, '.next', 'BUILD_ID');
const sources = ['app', 'lib', 'machines', 'public', 'package.json', 'next.config.ts', 'proxy.ts'];

function newestMtime(entry) {
  const full = path.join(root, entry);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(full).reduce((max, child) => Math.max(max, newestMtime(path.join(entry, child))), stat.mtimeMs);
}

const isStale = () => !existsSync(buildId) || sources.some((s) => newestMtime(s) > statSync(buildId).mtimeMs);
const next = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

// Several servers may start at once (tests do); one builds while the others wait for it.
const lock = path.join(root, '.next-build-lock');
function withBuildLock(work) {
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than the longest build is left over from a crash.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 10 * 60_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error('Gave up waiting for another build to finish');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
  try {
    work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

if (isStale()) {
  let status = 0;
  withBuildLock(() => {
    if (!isStale()) return;
    console.log('Building Roundtable (first start or changed sources)…');
    status = spawnSync(process.execPath, [next, 'build'], { cwd: root, stdio: 'inherit' }).status ?? 1;
  });
  if (status !== 0) process.exit(status);
}
const port = process.env.PORT ?? '3000';
const server = spawn(process.execPath, [next, 'start', '-p', port], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
