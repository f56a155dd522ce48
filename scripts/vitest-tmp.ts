// Every test run gets a temporary folder of its own, removed when the run ends: the tests make
// thousands of folders under the system's temporary folder (fixtures, output folders, stores, a
// service killed mid-write of 145 MB), and left behind they filled the disk of a machine that runs
// the suite many times a day. `os.tmpdir()` reads TMPDIR, which the test workers and every process
// a test starts inherit.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'signaalreis-tests-'));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(dir, { recursive: true, force: true });
  };
}
