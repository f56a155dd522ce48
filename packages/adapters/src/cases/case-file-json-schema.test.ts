import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { caseFileJsonSchema } from './case-file-json-schema';

// docs/schemas/case-file.schema.json is generated from the zod schema. This test fails when the
// committed file is stale; regenerate it with
//   SIGNAALREIS_WRITE_SCHEMA=1 pnpm vitest run packages/adapters/src/cases/case-file-json-schema.test.ts
// (then `pnpm biome check --write docs/schemas`; the comparison ignores formatting).
const file = fileURLToPath(new URL('../../../../docs/schemas/case-file.schema.json', import.meta.url));

describe('caseFileJsonSchema', () => {
  it('matches the committed docs/schemas/case-file.schema.json', () => {
    const generated = caseFileJsonSchema();
    if (process.env.SIGNAALREIS_WRITE_SCHEMA === '1')
      writeFileSync(file, `${JSON.stringify(generated, null, 2)}\n`);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(generated);
  });

  it('says which fields a compact case must have, and which it may leave out', () => {
    const schema = caseFileJsonSchema() as { properties: { cases: { items: Record<string, unknown> } } };
    const item = schema.properties.cases.items as { required: string[]; properties: Record<string, unknown> };
    expect(item.required).toEqual([
      'caseId',
      'householdKey',
      'rank',
      'signalStatus',
      'intakeOutcome',
      'isMatch',
      'signals',
    ]);
    for (const derived of ['partners', 'signalIds', 'totalAmountCents', 'explanation'])
      expect(item.properties).toHaveProperty(derived);
  });
});
