// zod's own messages in Dutch and English, for the issues that schemas do not word themselves.
// Written here (not zod's bundled locale) so that an officer reads "een geheel getal" instead of
// "int", and because zod drops the input that its locales need to name what was received.
import type { z } from 'zod';
import type { Bilingual } from './text';

type ZodIssue = z.core.$ZodIssue;

const TYPE: Record<string, Bilingual> = {
  string: { nl: 'tekst', en: 'text' },
  number: { nl: 'een getal', en: 'a number' },
  int: { nl: 'een geheel getal', en: 'a whole number' },
  boolean: { nl: 'ja of nee (true/false)', en: 'true or false' },
  object: { nl: 'een object { … }', en: 'an object { … }' },
  array: { nl: 'een lijst [ … ]', en: 'a list [ … ]' },
  date: { nl: 'een datum', en: 'a date' },
  null: { nl: 'null', en: 'null' },
  undefined: { nl: 'niets', en: 'nothing' },
  nan: { nl: 'NaN (geen getal)', en: 'NaN (not a number)' },
  bigint: { nl: 'een groot geheel getal', en: 'a big integer' },
};
const typeName = (t: string | undefined): Bilingual => TYPE[t ?? ''] ?? { nl: String(t), en: String(t) };

const UNIT: Record<string, Bilingual> = {
  string: { nl: 'tekens', en: 'characters' },
  array: { nl: 'elementen', en: 'items' },
  set: { nl: 'elementen', en: 'items' },
  file: { nl: 'bytes', en: 'bytes' },
};

const show = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : String(v));

function received(issue: ZodIssue): string | undefined {
  return /received (\w+)/.exec(issue.message)?.[1];
}

function invalidType(issue: ZodIssue & { expected?: string }): Bilingual {
  const got = received(issue);
  const want = typeName(issue.expected);
  if (got === 'undefined')
    return { nl: `Ontbreekt: verwacht ${want.nl}`, en: `Missing: expected ${want.en}` };
  if (issue.expected === 'int' && got === 'number')
    return {
      nl: 'Verwacht een geheel getal, maar dit getal heeft decimalen',
      en: 'Expected a whole number, but this number has decimals',
    };
  const g = typeName(got);
  return got
    ? { nl: `Verwacht ${want.nl}, maar kreeg ${g.nl}`, en: `Expected ${want.en}, but got ${g.en}` }
    : { nl: `Verwacht ${want.nl}`, en: `Expected ${want.en}` };
}

/** Whether each form of a union refused the value as nothing given (`received undefined` at its own place). */
function missingInEveryForm(issue: ZodIssue & { errors?: ZodIssue[][] }): boolean {
  const forms = issue.errors ?? [];
  return (
    forms.length > 0 &&
    forms.every((f) =>
      f.some((x) => x.code === 'invalid_type' && x.path.length === 0 && received(x) === 'undefined'),
    )
  );
}

function size(
  issue: ZodIssue & { origin?: string; minimum?: unknown; maximum?: unknown; inclusive?: boolean },
  small: boolean,
): Bilingual {
  const limit = show(small ? issue.minimum : issue.maximum);
  const unit = UNIT[issue.origin ?? ''];
  if (small && unit && Number(issue.minimum) === 1 && issue.origin === 'string')
    return { nl: 'Mag niet leeg zijn', en: 'Must not be empty' };
  if (unit)
    return small
      ? { nl: `Te kort: minstens ${limit} ${unit.nl}`, en: `Too short: at least ${limit} ${unit.en}` }
      : { nl: `Te lang: hoogstens ${limit} ${unit.nl}`, en: `Too long: at most ${limit} ${unit.en}` };
  const inclusive = issue.inclusive !== false;
  if (small)
    return inclusive
      ? { nl: `Te klein: minstens ${limit}`, en: `Too small: at least ${limit}` }
      : { nl: `Te klein: moet groter zijn dan ${limit}`, en: `Too small: must be greater than ${limit}` };
  return inclusive
    ? { nl: `Te groot: hoogstens ${limit}`, en: `Too big: at most ${limit}` }
    : { nl: `Te groot: moet kleiner zijn dan ${limit}`, en: `Too big: must be less than ${limit}` };
}

/**
 * The Dutch and English message of a zod issue that a schema did not word itself (zod's default
 * message). The English keeps zod's own wording where it is clear.
 */
export function zodDefaultMessage(issue: ZodIssue): Bilingual {
  const i = issue as ZodIssue & Record<string, unknown>;
  switch (issue.code) {
    case 'invalid_type':
      return invalidType(i as ZodIssue & { expected?: string });
    case 'too_small':
      return size(i, true);
    case 'too_big':
      return size(i, false);
    case 'invalid_value': {
      const values = ((i.values as unknown[]) ?? []).map(show).join(', ');
      return {
        nl: `Ongeldige waarde: verwacht één van ${values}`,
        en: `Invalid value: expected one of ${values}`,
      };
    }
    case 'invalid_format':
      return i.format === 'regex'
        ? {
            nl: `Ongeldig formaat: moet voldoen aan ${String(i.pattern)}`,
            en: `Invalid format: must match ${String(i.pattern)}`,
          }
        : { nl: `Ongeldig formaat (${String(i.format)})`, en: `Invalid format (${String(i.format)})` };
    case 'not_multiple_of':
      return {
        nl: `Moet een veelvoud zijn van ${String(i.divisor)}`,
        en: `Must be a multiple of ${String(i.divisor)}`,
      };
    case 'invalid_union':
      // nothing given: every form says it received nothing where the union stands
      return missingInEveryForm(i)
        ? { nl: 'Ontbreekt', en: 'Missing' }
        : { nl: 'Past bij geen van de toegestane vormen', en: 'Fits none of the allowed forms' };
    case 'invalid_key':
      return { nl: 'Ongeldige sleutel', en: 'Invalid key' };
    case 'invalid_element':
      return { nl: 'Ongeldig element', en: 'Invalid element' };
    default:
      return { nl: `Ongeldige waarde (${issue.message})`, en: issue.message };
  }
}
