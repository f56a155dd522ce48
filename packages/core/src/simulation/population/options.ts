// The options of createPopulation checked once (issue 16): issues with paths, never a throw.
import { HOLIDAY_YEARS } from '../../calendar/holidays';
import { MUNICIPALITY_TYPES } from '../../model/enums';
import { isIsoMonth } from '../../model/iso-date';
import { fail, type Issue, issue, ok, type Result } from '../../model/issue';
import { issuesFromZod } from '../../model/zod-issues';
import { keyedStream } from '../random';
import { DEFAULT_POPULATION_PARAMETERS } from './defaults';
import { postcodeAreas } from './household';
import { POPULATION_MESSAGES as M } from './messages';
import { type PopulationParameters, PopulationParametersSchema } from './parameters';
import type { PopulationInfo, PopulationOptions } from './population';

/** What the checked options give the population. */
export interface CheckedOptions {
  parameters: PopulationParameters;
  info: PopulationInfo;
  /** The key every stream of this run starts with: seed, replication, municipality code. */
  base: string;
  place: { firstArea: number; city: string };
}

const MUNICIPALITY_CODE = /^\d{4}$/;

/** Checks the options of createPopulation. */
export function checkOptions(o: PopulationOptions): Result<CheckedOptions> {
  const issues: Issue[] = [];
  if (typeof o?.seed !== 'string' || o.seed.length < 1 || o.seed.length > 200)
    issues.push(issue('invalid_seed', ['seed'], M.badSeed));
  if (!Number.isSafeInteger(o?.replication) || o.replication < 0 || o.replication > 1_000_000)
    issues.push(issue('invalid_replication', ['replication'], M.badReplication));
  const m = o?.municipality;
  if (typeof m?.code !== 'string' || !MUNICIPALITY_CODE.test(m.code))
    issues.push(
      issue('invalid_municipality_code', ['municipality', 'code'], {
        nl: 'Verwacht een CBS-gemeentecode van vier cijfers, bijv. 0363',
        en: 'Expected a CBS municipality code of four digits, e.g. 0363',
      }),
    );
  const parsed = PopulationParametersSchema.safeParse(o?.parameters ?? DEFAULT_POPULATION_PARAMETERS);
  if (!parsed.success) issues.push(...issuesFromZod(parsed.error, ['parameters']));
  let inhabitants: number | undefined;
  if (m?.inhabitants !== undefined) {
    if (!Number.isSafeInteger(m.inhabitants) || m.inhabitants < 1 || m.inhabitants > 20_000_000)
      issues.push(issue('invalid_inhabitants', ['municipality', 'inhabitants'], M.badInhabitants));
    else inhabitants = m.inhabitants;
  } else if (m?.type !== undefined) {
    if (!(MUNICIPALITY_TYPES as readonly string[]).includes(m.type))
      issues.push(issue('invalid_municipality_type', ['municipality', 'type'], M.noSize));
    else if (parsed.success) inhabitants = parsed.data.inhabitantsByType[m.type];
  } else issues.push(issue('municipality_size_missing', ['municipality'], M.noSize));
  if (!isIsoMonth(o?.start)) issues.push(issue('invalid_month', ['start'], M.badStart));
  else {
    const year = Number(o.start.slice(0, 4));
    if (year < HOLIDAY_YEARS.from || year > HOLIDAY_YEARS.to - 1)
      issues.push(
        issue(
          'month_outside_calendar',
          ['start'],
          M.startOutsideCalendar(o.start, HOLIDAY_YEARS.from, HOLIDAY_YEARS.to - 1),
        ),
      );
  }
  if (issues.length > 0 || !parsed.success || inhabitants === undefined) return fail(issues);
  const parameters = parsed.data;
  const households = Math.max(1, Math.round(inhabitants / parameters.householdSize.value));
  const base = [o.seed, String(o.replication), m.code].join('\u0000');
  // The municipality's postcodes: a run of four-digit areas chosen by its code (1000–9999).
  const areas = postcodeAreas(households);
  const firstArea = 1000 + Math.floor(keyedStream(`postcode\u0000${m.code}`)() * (9000 - areas));
  const name = m.name ?? `Simulatiegemeente ${m.code}`;
  return ok({
    parameters,
    info: { code: m.code, name, inhabitants, households },
    base,
    place: { firstArea, city: name },
  });
}
