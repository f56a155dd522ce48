// Everything the command line prints passes through terminalText: text read from files (names,
// cities, partner ids, file names) can hold control characters that would move the cursor, recolour
// or clear the terminal, set its title, or make a link. Why: docs/security.md, "Terminal output".
import { escapeControl } from '@signaalreis/core';
import type { CliIo, CliStream } from './io';

// Beyond escapeControl's C0/C1 controls: the carriage return (it lets text overwrite the start of
// its line) and the bidirectional embeddings, overrides and isolates (Unicode TR #9; CVE-2021-42574).
const MORE = /[\r\u202a-\u202e\u2066-\u2069]/g;
const hex = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Text made inert for a terminal: every control character except line feed and tab, every carriage
 * return and every bidirectional control becomes a visible `\uXXXX` (a JSON escape of the same
 * character, so JSON output stays valid and means the same). Idempotent: `Jansen` followed by the
 * escape sequence ESC `[2J` (clear screen) prints as `Jansen\u001b[2J`, and `ok`, CR, `FAKE` as
 * `ok\u000dFAKE`, so no cell can rewrite what the terminal shows.
 */
export function terminalText(text: string): string {
  return escapeControl(text, { keepLines: true }).replace(MORE, hex);
}

const RAW = new WeakMap<CliStream, CliStream>();

/** The stream that `terminalStream` wrapped (for a progress bar, which writes its own controls). */
export function rawStream(stream: CliStream): CliStream {
  return RAW.get(stream) ?? stream;
}

/** A stream that writes {@link terminalText} of every chunk; wrapping twice does nothing. */
function terminalStream(stream: CliStream): CliStream {
  if (RAW.has(stream)) return stream;
  const safe: CliStream = {
    write: (chunk: string) => stream.write(terminalText(String(chunk))),
    get isTTY() {
      return stream.isTTY;
    },
  };
  RAW.set(safe, stream);
  return safe;
}

/** The same I/O with stdout and stderr passing every chunk through {@link terminalText}. */
export function terminalIo(io: CliIo): CliIo {
  return { ...io, stdout: terminalStream(io.stdout), stderr: terminalStream(io.stderr) };
}
