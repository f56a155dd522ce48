import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ruleTableJsonSchema } from '../index';

// docs/schemas/rule-table.schema.json is generated from the zod schema. This test fails when the
// committed file is stale; regenerate it with
//   SIGNAALREIS_WRITE_SCHEMA=1 pnpm vitest run packages/core/src/rules/json-schema.test.ts
// (then `pnpm biome check --write docs/schemas`; the comparison ignores formatting).
const file = fileURLToPath(new URL('../../../../docs/schemas/rule-table.schema.json', import.meta.url));

describe('ruleTableJsonSchema', () => {
  it('matches the committed docs/schemas/rule-table.schema.json', () => {
    const generated = ruleTableJsonSchema();
    if (process.env.SIGNAALREIS_WRITE_SCHEMA === '1')
      writeFileSync(file, `${JSON.stringify(generated, null, 2)}\n`);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(generated);
  });
  it('describes the table, the hit policies, the condition forms and the outcome schema', () => {
    const schema = ruleTableJsonSchema(z.object({ channel: z.enum(['letter', 'phone']) }));
    expect(schema.required).toEqual(['id', 'label', 'hitPolicy', 'facts', 'parameters', 'rules']);
    const text = JSON.stringify(schema);
    expect(text).toContain('"enum":["first","collect","unique"]');
    for (const key of ['"all"', '"any"', '"not"', '"fact"', '"operator"', '"path"'])
      expect(text).toContain(key);
    expect(text).toContain('"enum":["letter","phone"]');
  });
});
