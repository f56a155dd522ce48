// Resolving `--preset <id|file>` to the configuration a month needs. Until the municipality preset
// registry lands (rules-presets), only the configurations that core ships are known by id.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  DEFAULT_INTAKE_CONFIG,
  DEFAULT_MATCHING_CONFIG,
  type IntakeConfig,
  type MatchingConfig,
  PILOT_MATCHING_CONFIG,
  validateIntakeConfig,
  validateMatchingConfig,
} from '@signaalreis/core';
import { type CliIo, CliUserError } from './io';

/** The parts of a municipality preset that a month's run reads. */
export interface MonthPreset {
  id: string;
  matching: MatchingConfig;
  intake: IntakeConfig;
}

const BUILT_IN: Record<string, MonthPreset> = {
  'national-baseline': {
    id: 'national-baseline',
    matching: DEFAULT_MATCHING_CONFIG,
    intake: DEFAULT_INTAKE_CONFIG,
  },
  'pilot-ouder-amstel-uithoorn': {
    id: 'pilot-ouder-amstel-uithoorn',
    matching: PILOT_MATCHING_CONFIG,
    intake: DEFAULT_INTAKE_CONFIG,
  },
};

/** A preset id or a path to a preset JSON file. */
export function resolveMonthPreset(io: CliIo, arg: string): MonthPreset {
  const known = BUILT_IN[arg];
  if (known) return known;
  if (!arg.toLowerCase().endsWith('.json')) {
    throw new CliUserError(
      `unknown preset '${arg}' (known: ${Object.keys(BUILT_IN).join(', ')}; or a .json file)`,
    );
  }
  let json: { id?: unknown; matching?: unknown; intake?: unknown };
  try {
    json = JSON.parse(readFileSync(resolve(io.cwd, arg), 'utf8'));
  } catch (error) {
    throw new CliUserError(`cannot read preset ${arg}: ${error instanceof Error ? error.message : 'error'}`);
  }
  const matching = validateMatchingConfig(json.matching);
  const intake = validateIntakeConfig(json.intake);
  const issue = !matching.ok ? matching.issues[0] : !intake.ok ? intake.issues[0] : undefined;
  if (!matching.ok || !intake.ok)
    throw new CliUserError(`${arg}: ${issue?.path.join('.')}: ${issue?.message}`);
  return { id: typeof json.id === 'string' ? json.id : arg, matching: matching.value, intake: intake.value };
}
