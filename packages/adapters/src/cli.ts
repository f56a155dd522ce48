#!/usr/bin/env node
// The `signaalreis` command line (bin of @signaalreis/adapters).
import { main } from './cli/program';

main(process.argv).then((code) => {
  process.exitCode = code;
});
