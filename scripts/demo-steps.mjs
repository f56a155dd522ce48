// What the demo scripts share (demo:store, demo:report, demo:letters): paths from the repository's
// root, and a step — one `signaalreis` command of the built CLI, printed before it runs, the demo
// stopped with the command's exit code when it fails.
import { spawnSync } from 'node:child_process';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A path of the repository, relative to the folder the demo runs in. */
export const fromRoot = (path) =>
  relative(process.cwd(), fileURLToPath(new URL(`../${path}`, import.meta.url)));

/** The steps of demo `name`: `step(title, args)` runs `signaalreis …args`. */
export function demoSteps(name) {
  const cli = [fromRoot('packages/adapters/dist/cli.js')];
  return (title, args) => {
    console.log(`\n== ${title}\n$ signaalreis ${args.map((a) => (/\s/.test(a) ? `"${a}"` : a)).join(' ')}`);
    const r = spawnSync(process.execPath, [...cli, ...args], { stdio: 'inherit' });
    if (r.status !== 0) {
      console.error(`${name}: this step failed with exit code ${r.status}`);
      process.exit(r.status ?? 1);
    }
  };
}
