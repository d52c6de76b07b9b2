// The whole test suite: type check, unit and integration tests, then browser tests in Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const results = path.join(root, 'test-results');
mkdirSync(results, { recursive: true });
// Results of an earlier run must never be counted as this run's.
for (const file of ['unit.json', 'e2e.json']) rmSync(path.join(results, file), { force: true });

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function ensureChromium() {
  if (existsSync(chromium)) return;
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    console.error(`Browser tests need Chromium at ${chromium}: install it (Debian: sudo apt-get install -y chromium) or set CHROMIUM_PATH.`);
    process.exit(1);
  }
  console.log('Installing Chromium for the browser tests (apt-get install chromium)…');
  if (run('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium']) !== 0 || !existsSync(chromium)) {
    console.error('Could not install Chromium with apt-get; install it by hand (apt-get install chromium) and run npm test again.');
    process.exit(1);
  }
}

function count(file, read) {
  try {
    return read(JSON.parse(readFileSync(path.join(results, file), 'utf8')));
  } catch {
    return { passed: 0, failed: 1 };
  }
}

ensureChromium();
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const typecheck = run(bin('next'), ['typegen']) || run(bin('tsc'), ['--noEmit']);
// The house's import rules (docs/architecture.md): circles, routes reaching the queries, floors run backwards.
const architecture = run('npm', ['run', '--silent', 'check:architecture']);
const unit = run(bin('vitest'), [
  'run',
  '--config', 'tests/vitest.config.mts',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/unit.json',
]);
const e2e = run(bin('playwright'), ['test', '--config', 'tests/e2e/playwright.config.ts'], { CHROMIUM_PATH: chromium });

const u = count('unit.json', (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests }));
const b = count('e2e.json', (r) => ({ passed: r.stats.expected, failed: r.stats.unexpected + r.stats.flaky, skipped: r.stats.skipped }));
console.log(`\ntype check: ${typecheck === 0 ? 'passed' : 'FAILED'}`);
console.log(`architecture check: ${architecture === 0 ? 'passed' : 'FAILED'}`);
console.log(`${u.passed + b.passed} passed, ${u.failed + b.failed + (typecheck === 0 ? 0 : 1) + (architecture === 0 ? 0 : 1)} failed, ${(u.skipped ?? 0) + (b.skipped ?? 0)} skipped`);
process.exit(typecheck || architecture || unit || e2e ? 1 : 0);
