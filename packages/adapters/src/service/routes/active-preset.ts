// A municipality's active preset (issue 12): the preset a run uses when its request names none.
// Set with PUT (validated exactly as `signaalreis preset validate` / `POST /presets/validate`
// validate), kept in the store with every earlier version, read with its lineage, version and who
// set it when. Setting is audited in the transaction that stores it.
import { type RouteHandler, z } from '@hono/zod-openapi';
import type { ActivePreset, Issue } from '@signaalreis/core';
import {
  loadMunicipalityPreset,
  loadMunicipalityPresetText,
  MUNICIPALITY_PRESETS,
} from '@signaalreis/rules-presets';
import { storeProblem } from '../answer';
import { defineRoute, problemResponse } from '../define';
import type { ServiceEnv } from '../env';
import { SERVICE_MESSAGES as M } from '../messages';
import { problem } from '../problem';
import { CodeParams, IssueSchema } from '../schemas';

/** Officers of the municipality, and admin keys for every municipality. */
const SETTERS = { roles: ['officer', 'admin'], scope: 'municipality', adminEverywhere: true } as const;

const PresetJson = z.record(z.string(), z.unknown()).openapi('ActivePresetJson', {
  description: 'a municipality preset as JSON (docs/presets.md); `extends` may name a bundled preset',
});

const Version = z
  .object({
    municipality: z.string(),
    version: z.number().int().openapi({ description: '1, 2, …: every PUT adds one; none is overwritten' }),
    id: z.string().nullable().openapi({ description: 'the preset’s id' }),
    lineage: z
      .array(z.string())
      .openapi({ description: 'the preset and its parents, itself first (empty when it no longer loads)' }),
    preset: PresetJson.openapi({ description: 'the preset JSON as written (its parents not merged in)' }),
    setBy: z.string().openapi({ description: 'the id of the key that set it' }),
    setAt: z.string().openapi({ description: 'when (ISO 8601)' }),
    issues: z
      .array(IssueSchema)
      .optional()
      .openapi({ description: 'why the stored preset no longer loads (a bundled parent changed)' }),
  })
  .openapi('ActivePreset');

const json = (schema: z.ZodType, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

/** A stored version with its lineage, as the loader sees it today. */
function versionOf(v: ActivePreset) {
  const loaded = loadMunicipalityPreset(v.preset, MUNICIPALITY_PRESETS);
  return {
    municipality: v.municipality,
    version: v.version,
    id: typeof v.preset.id === 'string' ? v.preset.id : null,
    lineage: loaded.ok ? [...loaded.value.lineage] : [],
    preset: { ...v.preset },
    setBy: v.setBy,
    setAt: v.setAt,
    ...(loaded.ok ? {} : { issues: loaded.issues }),
  };
}

/** `PUT /municipalities/{code}/preset`. */
export const setPresetRoute = defineRoute(SETTERS, {
  method: 'put',
  path: '/municipalities/{code}/preset',
  summary:
    'Set the municipality’s active preset (a new version; earlier ones are kept). Validated as POST /presets/validate validates',
  request: {
    params: CodeParams,
    body: { required: true, content: { 'application/json': { schema: PresetJson } } },
  },
  responses: {
    200: json(Version, 'Set: the new version'),
    422: problemResponse(
      'The preset does not load (`invalid_preset`): the loader’s issues, their paths under `body`',
    ),
  },
});

export const setPresetHandler: RouteHandler<typeof setPresetRoute, ServiceEnv> = async (c) => {
  const { code } = c.req.valid('param');
  const key = c.get('key');
  const { store } = c.get('deps');
  // the text as sent, through the loader `presets validate` uses (a key twice, 1e400, an unknown
  // parent, a routing loop: every problem with its path)
  const text = await c.req.text();
  const loaded = loadMunicipalityPresetText(text, MUNICIPALITY_PRESETS);
  if (!loaded.ok)
    return problem(c, 'invalid_preset', {
      issues: loaded.issues.map((i: Issue) => ({ ...i, path: ['body', ...i.path] })),
    });
  if (!key) return problem(c, 'internal', { detail: M.internal });
  const preset = c.req.valid('json');
  const set = await store.setActivePreset(
    { municipality: code, preset, setBy: key.id },
    {
      access: {
        keyId: key.id,
        action: 'set-preset',
        route: setPresetRoute.path,
        status: 200,
        municipality: code,
        count: 1,
      },
    },
  );
  if (!set.ok) return storeProblem(c, set.issues);
  return c.json(versionOf(set.value), 200);
};

/** `GET /municipalities/{code}/preset`. */
export const activePresetRoute = defineRoute(SETTERS, {
  method: 'get',
  path: '/municipalities/{code}/preset',
  summary: 'The municipality’s active preset: as written, with its lineage, version and who set it when',
  request: { params: CodeParams },
  responses: { 200: json(Version, 'The active preset') },
});

export const activePresetHandler: RouteHandler<typeof activePresetRoute, ServiceEnv> = async (c) => {
  const { code } = c.req.valid('param');
  const r = await c.get('deps').store.activePreset(code);
  if (!r.ok) return storeProblem(c, r.issues);
  if (!r.value) return problem(c, 'not_found', { detail: M.noActivePresetYet(code) });
  return c.json(versionOf(r.value), 200);
};

/** `GET /municipalities/{code}/preset/history`. */
export const presetHistoryRoute = defineRoute(SETTERS, {
  method: 'get',
  path: '/municipalities/{code}/preset/history',
  summary: 'Every version of the municipality’s active preset, newest first',
  request: { params: CodeParams },
  responses: {
    200: json(z.object({ municipality: z.string(), versions: z.array(Version) }), 'The versions'),
  },
});

export const presetHistoryHandler: RouteHandler<typeof presetHistoryRoute, ServiceEnv> = async (c) => {
  const { code } = c.req.valid('param');
  const r = await c.get('deps').store.activePresetHistory(code);
  if (!r.ok) return storeProblem(c, r.issues);
  return c.json({ municipality: code, versions: r.value.map(versionOf) }, 200);
};
