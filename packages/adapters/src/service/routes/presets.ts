// The municipality presets over HTTP — what `signaalreis preset` does on the command line: list,
// show, validate, diff and test. A preset in a body may `extends` a bundled preset only.
import { type RouteHandler, z } from '@hono/zod-openapi';
import { fail, type Issue, type Result } from '@signaalreis/core';
import {
  diffPresets,
  type LoadedMunicipalityPreset,
  listMunicipalityPresets,
  loadMunicipalityPreset,
  loadMunicipalityPresetText,
  MUNICIPALITY_PRESETS,
  municipalityPreset,
  runPresetTests,
} from '@signaalreis/rules-presets';
import { defineRoute } from '../define';
import type { ServiceEnv } from '../env';
import { SERVICE_MESSAGES as M } from '../messages';
import { problem } from '../problem';
import { IssueSchema, PresetParams } from '../schemas';

const ANY_KEY = { roles: ['officer', 'partner', 'researcher', 'admin'], scope: 'none' } as const;
const PresetJson = z.record(z.string(), z.unknown()).openapi('PresetJson', {
  description: 'a municipality preset as JSON (docs/presets.md); `extends` may name a bundled preset',
});
const PresetRef = z
  .union([z.string().max(64), PresetJson])
  .openapi({ description: 'a bundled preset id, or a preset' });
const json = (schema: z.ZodType, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

/** `GET /presets`. */
export const presetsRoute = defineRoute(ANY_KEY, {
  method: 'get',
  path: '/presets',
  summary: 'The bundled municipality presets',
  responses: { 200: json(z.object({ presets: z.array(z.record(z.string(), z.unknown())) }), 'The presets') },
});

export const presetsHandler: RouteHandler<typeof presetsRoute, ServiceEnv> = (c) =>
  c.json({ presets: listMunicipalityPresets().map((p) => ({ ...p })) }, 200);

/** `GET /presets/{id}`. */
export const presetRoute = defineRoute(ANY_KEY, {
  method: 'get',
  path: '/presets/{id}',
  summary: 'A bundled preset with its parents merged in, and its lineage',
  request: { params: PresetParams },
  responses: {
    200: json(z.object({ lineage: z.array(z.string()), preset: PresetJson }), 'The preset'),
  },
});

export const presetHandler: RouteHandler<typeof presetRoute, ServiceEnv> = (c) => {
  const { id } = c.req.valid('param');
  if (!Object.hasOwn(MUNICIPALITY_PRESETS, id))
    return problem(c, 'not_found', { detail: M.unknownPreset(id) });
  const r = municipalityPreset(id);
  if (!r.ok) return problem(c, 'internal', { issues: r.issues });
  return c.json(
    { lineage: [...r.value.lineage], preset: { ...r.value.preset } as Record<string, unknown> },
    200,
  );
};

/** `POST /presets/validate`. */
export const validateRoute = defineRoute(ANY_KEY, {
  method: 'post',
  path: '/presets/validate',
  summary:
    'Check a preset: structure, routing table, capacities, loops, extends (every problem with its path)',
  request: { body: { required: true, content: { 'application/json': { schema: PresetJson } } } },
  responses: {
    200: json(
      z.object({
        ok: z.boolean(),
        id: z.string().optional(),
        lineage: z.array(z.string()).optional(),
        issues: z.array(IssueSchema).optional(),
      }),
      'The verdict: ok with the lineage, or the problems',
    ),
  },
});

export const validateHandler: RouteHandler<typeof validateRoute, ServiceEnv> = async (c) => {
  // the text as sent: a key given twice or a number such as 1e400 is refused, as for a file
  const r = loadMunicipalityPresetText(await c.req.text(), MUNICIPALITY_PRESETS);
  if (!r.ok) return c.json({ ok: false, issues: r.issues }, 200);
  return c.json({ ok: true, id: r.value.preset.id, lineage: [...r.value.lineage] }, 200);
};

/** A preset given by id or as JSON; its issues prefixed with where it was in the body. */
function load(ref: unknown, at: (string | number)[]): Result<LoadedMunicipalityPreset> {
  const r =
    typeof ref === 'string' ? municipalityPreset(ref) : loadMunicipalityPreset(ref, MUNICIPALITY_PRESETS);
  return r.ok ? r : fail(r.issues.map((i: Issue) => ({ ...i, path: [...at, ...i.path] })));
}

/** `POST /presets/diff`. */
export const diffRoute = defineRoute(ANY_KEY, {
  method: 'post',
  path: '/presets/diff',
  summary: 'What differs between two presets, as data and in words',
  request: {
    body: {
      required: true,
      content: { 'application/json': { schema: z.object({ a: PresetRef, b: PresetRef }) } },
    },
  },
  responses: {
    200: json(
      z.object({ changes: z.array(z.record(z.string(), z.unknown())) }),
      'The changes (path, kind, before, after, nl, en)',
    ),
  },
});

export const diffHandler: RouteHandler<typeof diffRoute, ServiceEnv> = (c) => {
  const body = c.req.valid('json');
  const a = load(body.a, ['body', 'a']);
  const b = load(body.b, ['body', 'b']);
  if (!a.ok || !b.ok)
    return problem(c, 'invalid_request', { issues: [...(a.ok ? [] : a.issues), ...(b.ok ? [] : b.issues)] });
  return c.json({ changes: diffPresets(a.value.preset, b.value.preset).map((x) => ({ ...x })) }, 200);
};

/** `POST /presets/test`. */
export const testRoute = defineRoute(ANY_KEY, {
  method: 'post',
  path: '/presets/test',
  summary: "Run a preset's embedded test cases: signals in, expected cases out",
  request: {
    body: { required: true, content: { 'application/json': { schema: z.object({ preset: PresetRef }) } } },
  },
  responses: {
    200: json(
      z.object({
        preset: z.string(),
        passed: z.number().int(),
        failed: z.number().int(),
        results: z.array(z.record(z.string(), z.unknown())),
      }),
      'Pass or fail per test case, with what differed',
    ),
  },
});

export const testHandler: RouteHandler<typeof testRoute, ServiceEnv> = async (c) => {
  const loaded = load(c.req.valid('json').preset, ['body', 'preset']);
  if (!loaded.ok) return problem(c, 'invalid_request', { issues: loaded.issues });
  const results = await runPresetTests(loaded.value);
  const failed = results.filter((r) => !r.passed).length;
  return c.json(
    {
      preset: loaded.value.preset.id,
      passed: results.length - failed,
      failed,
      results: results.map((r) => ({ ...r })),
    },
    200,
  );
};
