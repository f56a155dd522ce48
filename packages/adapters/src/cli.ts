#!/usr/bin/env node
// The `signaalreis` command line (bin of @signaalreis/adapters). The machine's CPU times are taken
// first (cli/started.ts), the commands loaded after: `run` compares the two to see whether a core
// stood idle meanwhile (cli/history-pool.ts).
import './cli/started';

import('./cli/program')
  .then(({ main }) => main(process.argv))
  .then((code) => {
    process.exitCode = code;
  });
