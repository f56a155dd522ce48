import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { maskStoreTarget, parseStoreTarget, scrubSecrets } from './target';

describe('store targets', () => {
  it('masks the password of a URL and its password parameters', () => {
    expect(maskStoreTarget('postgres://u:p%40ss@db:5432/x')).toBe('postgres://u:****@db:5432/x');
    expect(maskStoreTarget('postgresql://db/x?password=abc&sslmode=require')).toBe(
      'postgresql://db/x?password=****&sslmode=require',
    );
    expect(maskStoreTarget('postgres://u@db/x')).toBe('postgres://u@db/x');
    expect(maskStoreTarget('postgres://u:[broken@host/x')).toBe('postgres://u:****@host/x');
    expect(maskStoreTarget('data/store')).toBe('data/store');
  });

  it('tells folders from servers and refuses other URLs', () => {
    expect(parseStoreTarget('POSTGRES://u:pw@h/x', '/w')).toMatchObject({
      ok: true,
      value: { kind: 'server', secrets: ['pw'] },
    });
    expect(parseStoreTarget('store', '/w')).toEqual({
      ok: true,
      value: { kind: 'folder', path: '/w/store', shown: 'store' },
    });
    const r = parseStoreTarget('https://u:pw@h/x', '/w');
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['store_url_unsupported']);
    expect(JSON.stringify(r)).not.toContain(':pw@');
  });

  test.prop([fc.string({ minLength: 1, maxLength: 30 }).filter((s) => !s.includes('*'))])(
    'a password never survives masking and scrubbing, raw or percent-encoded',
    (password) => {
      const url = `postgres://user:${encodeURIComponent(password)}@db.example.nl:5432/vroeg`;
      const parsed = parseStoreTarget(url, '/');
      if (!parsed.ok || parsed.value.kind !== 'server') throw new Error('not a server');
      expect(parsed.value.shown).toBe('postgres://user:****@db.example.nl:5432/vroeg');
      const shown = scrubSecrets(
        `failed for ${password} (${encodeURIComponent(password)}) at ${url}`,
        parsed.value.secrets,
      );
      expect(shown).not.toContain(password);
      expect(shown).not.toContain(encodeURIComponent(password));
    },
  );
});
