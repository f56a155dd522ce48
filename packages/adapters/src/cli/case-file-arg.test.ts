// A case file larger than what is read whole (64 MiB; here a small `wholeMax` stands in for it) is
// read a case a line at a time when it has the compact layout `run` writes — so that `feedback`,
// `letters`, `report` and `export-ddas` take a national month with its lifecycle records (issue 14).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCaseFile } from '../cases/case-file';
import { fixtureDir, runExampleMonth } from './cli-test-kit';
import { type CliIo, CliUserError } from './io';
import { readCaseFileArg } from './json-input';

const dir = fixtureDir({});
let text: string; // September's case file as `run` writes it
const stderr: string[] = [];
const io: CliIo = {
  stdout: { write: () => true },
  stderr: { write: (s: string) => stderr.push(s) },
  cwd: dir,
  lang: 'en',
};

beforeAll(async () => {
  await runExampleMonth('2026-09', join(dir, 'run'));
  text = readFileSync(join(dir, 'run', 'cases.json'), 'utf8');
}, 60_000);

/** `text` written to `name` in the fixture folder. */
const write = (name: string, body: string) => {
  writeFileSync(join(dir, name), body);
  return name;
};

describe('readCaseFileArg', () => {
  it('reads a compact case file above the whole-file limit a line at a time: the same value and cases', () => {
    const file = write('large.json', text);
    const small = readCaseFileArg(io, file, 'no case file', 1000);
    expect(small.limits).toEqual({ maxLength: 64 * 1024 * 1024, maxValues: Number.MAX_SAFE_INTEGER });
    expect(small.value).toEqual(JSON.parse(text));
    const whole = readCaseFileArg(io, file, 'no case file');
    expect(whole.limits).toEqual({});
    expect(readCaseFile(small.value, small.limits)).toEqual(readCaseFile(whole.value));
  });

  it('refuses a damaged line of a large file with its line, as the whole reader refuses it', () => {
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.startsWith('{"caseId"')) + 2;
    lines[at] = lines[at]?.replace('{"caseId":', '{"caseId":"x","caseId":') ?? '';
    const file = write('damaged.json', lines.join('\n'));
    const byLine = () => readCaseFileArg(io, file, 'no case file', 1000);
    expect(byLine).toThrow(CliUserError);
    expect(byLine).toThrow(new RegExp(`^damaged\\.json:${at + 1}:\\d+: .*\\(no case file\\)$`));
    // read whole (not above the limit), refused too, on the same line
    expect(() => readCaseFileArg(io, file, 'no case file')).toThrow(new RegExp(`^damaged\\.json:${at + 1}:`));
  });

  it('reads a file of another layout whole, under the whole-file limit as before', () => {
    const pretty = write('pretty.json', JSON.stringify(JSON.parse(text), null, 2));
    expect(readCaseFileArg(io, pretty, 'no case file', 1000)).toEqual({
      value: JSON.parse(text),
      limits: {},
    });
    expect(() => readCaseFileArg(io, write('broken.json', '{"format": '), 'no case file', 5)).toThrow(
      /^broken\.json:1:12: /,
    );
    expect(() => readCaseFileArg(io, 'missing.json', 'no case file', 5)).toThrow(CliUserError);
  });
});
