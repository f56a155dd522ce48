import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MUNICIPALITY_PRESETS, municipalityPresetJsonSchema } from '../index';

const FILE = fileURLToPath(new URL('../../schemas/municipality-preset.schema.json', import.meta.url));
const text = `${JSON.stringify(municipalityPresetJsonSchema(), null, 2)}\n`;

describe('municipalityPresetJsonSchema', () => {
  // The committed file is formatted by biome, so the content is compared, not the text. To
  // update: SIGNAALREIS_UPDATE_SCHEMAS=1 npx vitest run <this file>, then
  // npx biome format --write packages/rules-presets/schemas.
  it('matches the committed schemas/municipality-preset.schema.json', () => {
    if (process.env.SIGNAALREIS_UPDATE_SCHEMAS === '1') writeFileSync(FILE, text);
    expect(JSON.parse(readFileSync(FILE, 'utf8'))).toEqual(JSON.parse(text));
  });

  it('requires a complete preset without extends, only an id with extends', () => {
    const schema = municipalityPresetJsonSchema() as {
      required: string[];
      if: unknown;
      else: { required: string[] };
      properties: Record<string, { required?: string[] }>;
    };
    expect(schema.required).toEqual(['id']);
    expect(schema.if).toEqual({ required: ['extends'] });
    expect(schema.else.required).toEqual(
      expect.arrayContaining(['id', 'label', 'description', 'sources', 'matching', 'intake', 'routing']),
    );
    expect(schema.properties.intake?.required).toBeUndefined();
  });

  it('knows every top-level key the bundled presets use', () => {
    const keys = Object.keys((municipalityPresetJsonSchema() as { properties: object }).properties);
    for (const json of Object.values(MUNICIPALITY_PRESETS))
      expect(keys).toEqual(expect.arrayContaining(Object.keys(json as object)));
  });
});

describe('rulePatches in the JSON Schema (issue 13)', () => {
  it('offers routing.table.rulePatches to a file with extends: null, add with after/before, or a partial rule', () => {
    type Node = { [key: string]: Node } & { required?: string[] };
    const schema = municipalityPresetJsonSchema() as unknown as Node;
    const table = schema.properties?.routing?.properties?.table?.properties as Node;
    const patch = table.rulePatches?.additionalProperties?.anyOf as unknown as Node[];
    expect(patch[0]).toEqual({ type: 'null' });
    expect(patch[1]?.required).toEqual(['add']);
    expect(patch[1]?.properties?.add?.required).not.toContain('id');
    expect(Object.keys(patch[2]?.properties ?? {})).toEqual(
      expect.arrayContaining(['label', 'when', 'then', 'after', 'before']),
    );
    expect(patch[2]?.required).toBeUndefined();
  });
});
