// One writer per output folder at a time: a lock file beside the folder holding the writer's process
// id. A lock whose process no longer runs (a killed run) is taken over.
import { closeSync, constants, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { FILE_MODE } from './atomic-file';

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Takes the lock at `path`; returns a release function, or the process id that holds it. */
export function takeLock(path: string): { release: () => void } | { heldBy: string } {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(
        path,
        constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0),
        FILE_MODE,
      );
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return {
        release: () => {
          try {
            unlinkSync(path);
          } catch {
            // already gone
          }
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let holder = '';
      try {
        holder = readFileSync(path, 'utf8').trim();
      } catch {
        // removed in between: try again
      }
      const pid = Number.parseInt(holder, 10);
      if (Number.isInteger(pid) && pid > 0 && alive(pid)) return { heldBy: holder };
      try {
        unlinkSync(path);
      } catch {
        // someone else took it over first
      }
    }
  }
  return { heldBy: 'unknown' };
}
