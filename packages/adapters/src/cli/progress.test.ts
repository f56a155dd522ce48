import { describe, expect, it } from 'vitest';
import { barPhases, ESC, fixtureDir } from './cli-test-kit';
import type { CliIo } from './io';
import { NO_PROGRESS, PROGRESS_MIN_BYTES, phasedProgress, startProgress } from './progress';

const line =
  'ZV-ZLD-202610-0001,ZV-ZLD,Zorgverzekeraar Zilverlinde,health,early,2026-10-26,2026-08-20,312.40\n';
const dir = fixtureDir({
  'big.csv': line.repeat(Math.ceil((PROGRESS_MIN_BYTES + 1) / line.length)),
  'small.csv': line.repeat(10),
});
const io = (isTTY: boolean) => {
  const written: string[] = [];
  const value: CliIo = {
    stdout: { write: () => true },
    stderr: { isTTY, write: (s: string) => written.push(s) },
    cwd: dir,
  };
  return { value, written };
};
const size = (name: string) =>
  name === 'big.csv' ? Math.ceil((PROGRESS_MIN_BYTES + 1) / line.length) * line.length : 10 * line.length;

describe('progress on stderr', () => {
  it('shows a bar for a file over 5 MB when stderr is a terminal', () => {
    const { value, written } = io(true);
    const p = startProgress(value, `${dir}/big.csv`, size('big.csv'));
    for (let rows = 1; rows <= 10_000; rows++) p.tick(rows);
    p.stop();
    expect(written.join('')).toMatch(/controleren \[.*rijen \(geschat\)/);
    const en = io(true);
    const q = startProgress({ ...en.value, lang: 'en' }, `${dir}/big.csv`, size('big.csv'));
    for (let rows = 1; rows <= 10_000; rows++) q.tick(rows);
    q.stop();
    expect(en.written.join('')).toMatch(/validating \[.*rows \(estimated\)/);
  });

  it('stays silent when stderr is not a terminal, or the file is small', () => {
    const pipe = io(false);
    const a = startProgress(pipe.value, `${dir}/big.csv`, size('big.csv'));
    a.tick(2_000);
    a.stop();
    const tty = io(true);
    const b = startProgress(tty.value, `${dir}/small.csv`, size('small.csv'));
    b.tick(2_000);
    b.stop();
    expect(pipe.written).toEqual([]);
    expect(tty.written).toEqual([]);
  });
});

describe('a bar through the phases of a long command', () => {
  it('starts again at each phase with its own total, each shown to its end, and clears itself', () => {
    const { value, written } = io(true);
    const bar = phasedProgress(value, '{phase} [{bar}] {value}/{total}');
    for (let done = 0; done <= 1000; done += 250) bar.show('zaken', done, 1000);
    for (let done = 1; done <= 40; done++) bar.show("PDF's", done, 40);
    bar.show("PDF's", 50, 40); // more than the total: shown as the total
    bar.stop();
    const last = new Map(barPhases(written));
    expect([...last.keys()]).toEqual(['zaken', "PDF's"]);
    expect(last.get('zaken')).toMatch(/1000\/1000$/);
    expect(last.get("PDF's")).toMatch(/40\/40$/);
    // the cursor is given back and the line cleared: what is written next starts on a clean line
    expect(written.join('')).toContain(`${ESC}[?25h`);
  });

  it('shows nothing when stderr is not a terminal', () => {
    const { value, written } = io(false);
    const bar = phasedProgress(value, '{phase} [{bar}] {value}/{total}');
    expect(bar).toBe(NO_PROGRESS);
    bar.show('zaken', 1, 2);
    bar.stop();
    expect(written).toEqual([]);
  });
});
