// `--store` and `--platform-store` of `pnpm bench:run` are checked before the benchmark starts: a
// mistyped value stops it at once with its name, not after minutes of runs, and a password is masked.
import { describe, expect, it } from 'vitest';
import { storeOption } from './platform';

describe('storeOption', () => {
  it.each([
    'pglite',
    'postgres://admin@localhost:5432/postgres',
    'postgresql://localhost/postgres?host=/tmp',
  ])('takes %s', (value) => expect(storeOption('--store', value)).toBe(value));

  it.each(['', 'pglit', 'PGLITE', '/tmp/store', 'mysql://root@localhost/db', ' pglite'])(
    'refuses %j with the option named',
    (value) => {
      expect(() => storeOption('--platform-store', value)).toThrow(
        /^--platform-store: pglite or a postgres:\/\/ admin URL/,
      );
    },
  );

  it('masks a password in what it refuses', () => {
    expect(() => storeOption('--store', 'postgress://admin:s3cret@db.example/postgres')).toThrow(
      '--store: pglite or a postgres:// admin URL, got postgress://admin:***@db.example/postgres',
    );
  });
});
