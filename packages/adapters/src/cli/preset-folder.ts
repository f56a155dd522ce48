// The folder of a preset file on the command line: its sibling presets (so `extends` can name
// one), the file of each id, ids given by more than one file, and files that are not JSON.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { excerpt, fail, type Issue, issue, type Lang, ok, type Result } from '@signaalreis/core';
import {
  AUTHORING_MESSAGES,
  type LoadedMunicipalityPreset,
  loadMunicipalityPreset,
  MUNICIPALITY_PRESETS,
  PresetIdSchema,
  type PresetIssue,
  type PresetRegistry,
  presetIssueLines,
} from '@signaalreis/rules-presets';
import { JSON_FILE_LIMITS, readJsonFile } from '../files/read-json-file';
import type { CliIo } from './io';
import { issueLine, readJsonArg } from './json-input';
import { cliLang } from './lang';
import { PRESET_CLI_MESSAGES } from './messages/preset';

/**
 * The presets of a folder: by id, the file each id comes from, ids given by more than one file,
 * and the JSON files that could not be read (each `file:line:column: problem`, named in messages).
 */
export interface Siblings {
  registry: PresetRegistry;
  files: Map<string, string>;
  duplicates: Map<string, string[]>;
  unread: string[];
}

/** The bundled presets plus the presets in the file's folder (by id), so `extends` can name a sibling. */
function registryFor(io: CliIo, file: string): Siblings {
  const dir = dirname(resolve(io.cwd, file));
  const siblings: Record<string, unknown> = {};
  const byId = new Map<string, string[]>();
  const unread: string[] = [];
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((n) => n.toLowerCase().endsWith('.json'));
  } catch {
    names = [];
  }
  for (const name of names.sort()) {
    const r = readJsonFile(join(dir, name), { maxBytes: JSON_FILE_LIMITS.preset });
    if (!r.ok) {
      unread.push(r.issues[0] ? issueLine(name, r.issues[0], cliLang(io)) : excerpt(name));
      continue;
    }
    // files that are not presets (no valid id) cannot be named by `extends`: not siblings
    const id = (r.value as { id?: unknown } | null)?.id;
    if (PresetIdSchema.safeParse(id).success && !Object.hasOwn(MUNICIPALITY_PRESETS, id as string)) {
      siblings[id as string] ??= r.value;
      byId.set(id as string, [...(byId.get(id as string) ?? []), name]);
    }
  }
  const duplicates = new Map([...byId].filter(([, files]) => files.length > 1));
  const files = new Map([...byId].map(([id, f]) => [id, f[0] as string]));
  return { registry: { ...MUNICIPALITY_PRESETS, ...siblings }, files, duplicates, unread };
}

/** Two files in the folder with an id the preset's `extends` chain names (which one is meant?): issues. */
function duplicateIssues(siblings: Siblings, ids: readonly string[]): PresetIssue[] {
  return [...new Set(ids)]
    .filter((id) => siblings.duplicates.has(id))
    .map((id) =>
      issue(
        'duplicate_preset_id',
        ['extends'],
        AUTHORING_MESSAGES.duplicateId(id, siblings.duplicates.get(id) ?? []),
      ),
    );
}

/** The ids a preset file's chain names as far as it can be followed (without loading it). */
function chainIds(json: unknown, registry: PresetRegistry): string[] {
  const out: string[] = [];
  let node = json as { id?: unknown; extends?: unknown } | null;
  while (node && typeof node.id === 'string' && !out.includes(node.id) && out.length < 32) {
    out.push(node.id);
    node =
      typeof node.extends === 'string' && Object.hasOwn(registry, node.extends)
        ? (registry[node.extends] as typeof node)
        : null;
  }
  return out;
}

/** Loads a preset file with its siblings: duplicate ids in the chain are issues before loading. */
export function loadFile(
  io: CliIo,
  file: string,
): { siblings: Siblings; result: Result<LoadedMunicipalityPreset> } {
  const json = readJsonArg(io, file, 'preset');
  const siblings = registryFor(io, file);
  const dup = duplicateIssues(siblings, chainIds(json, siblings.registry).slice(1));
  if (dup.length > 0) return { siblings, result: fail(dup) };
  const r = loadMunicipalityPreset(json, siblings.registry);
  // the line of each problem in the file (read again: readJsonArg gave the value only)
  const lines = (issues: readonly PresetIssue[]) =>
    presetIssueLines(issues, readFileSync(resolve(io.cwd, file), 'utf8'));
  if (!r.ok) return { siblings, result: fail(lines(r.issues)) };
  const warnings = r.value.warnings.length > 0 ? lines(r.value.warnings) : r.value.warnings;
  return { siblings, result: ok({ ...r.value, warnings }) };
}

/** A note for an unknown `extends` when files in the folder could not be read (one of them may be it). */
export const unreadNote = (issues: readonly Issue[], unread: readonly string[], lang: Lang) =>
  issues.some((i) => i.code === 'unknown_preset') && unread.length > 0
    ? PRESET_CLI_MESSAGES.unreadNote(unread.join('; '))[lang]
    : undefined;
