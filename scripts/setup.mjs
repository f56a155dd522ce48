#!/usr/bin/env node
// One-shot set-up used by the README's two commands (`npm run demo`, `npm test`).
// Works on a fresh machine with only Node 20 and npm: installs pnpm 10.34.9 when it is missing,
// installs the workspace from the lockfile and builds the three packages.
import { execSync, spawnSync } from 'node:child_process';

const PNPM = '10.34.9';
const run = (cmd) => {
  const r = spawnSync(cmd, { stdio: 'inherit', shell: true });
  if (r.status !== 0) {
    console.error(`setup: '${cmd}' failed with exit code ${r.status}`);
    process.exit(r.status ?? 1);
  }
};
const pnpmVersion = () => {
  try {
    return execSync('pnpm --version', { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return null;
  }
};

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`setup: signaalreis needs Node >= 20.19, this is ${process.versions.node}`);
  process.exit(1);
}
if (pnpmVersion() !== PNPM) {
  console.log(`setup: installing pnpm ${PNPM} (found: ${pnpmVersion() ?? 'none'})`);
  run(`npm install --global pnpm@${PNPM}`);
  if (pnpmVersion() !== PNPM) {
    console.error(`setup: pnpm ${PNPM} is still not on the PATH; install it with 'npm i -g pnpm@${PNPM}'`);
    process.exit(1);
  }
}
run('pnpm install --frozen-lockfile --prefer-offline --reporter=silent');
run('pnpm run --silent build');
