// A researcher's JSON merge patch of simulation parameters (issue 16): objects merge key by key,
// arrays and values replace; unknown keys are refused with their path.
import { type Issue, issue } from '../model/issue';
import { SIMULATION_MESSAGES as M } from './messages';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Merges `patch` into `base`: objects key by key (a key must exist in `base` unless its object's
 * path is in `open`), arrays and values replace. Unknown keys become `patch_unknown_key` issues
 * (path under `['patch', …]`) and are left out.
 */
export function mergePatch(
  base: unknown,
  patch: unknown,
  open: ReadonlySet<string>,
  issues: Issue[],
  path: string[] = [],
): unknown {
  if (!isObject(base) || !isObject(patch)) return patch;
  const out: Record<string, unknown> = { ...base };
  const isOpen = open.has(path.join('.'));
  for (const [key, value] of Object.entries(patch)) {
    if (!isOpen && !Object.hasOwn(base, key)) {
      issues.push(issue('patch_unknown_key', ['patch', ...path, key], M.patchUnknownKey(key)));
      continue;
    }
    out[key] = mergePatch(base[key], value, open, issues, [...path, key]);
  }
  return out;
}

/** Whether a value is a plain JSON object (not null, not an array). */
export const isPatchObject = isObject;
