// Preloaded into a measured child (`node --import <this file> …`): on exit it writes the child's
// own resource usage — peak resident set (maxRSS, KiB) and CPU time (µs) — to the file named by
// SIGNAALREIS_BENCH_USAGE. A child that is killed writes nothing: the bench reports it as not done.
import { writeFileSync } from 'node:fs';

const out = process.env.SIGNAALREIS_BENCH_USAGE;
if (out) {
  process.on('exit', (code) => {
    const u = process.resourceUsage();
    writeFileSync(
      out,
      JSON.stringify({ code, maxRssKiB: u.maxRSS, userUs: u.userCPUTime, systemUs: u.systemCPUTime }),
    );
  });
}
