// Every text the rule language shows about a table or a decision that went wrong, in one place: in
// plain Dutch for the officer or administrator who edits a preset, and in English. Names from a
// table (facts, parameters, operators, keys) are shown as a short, control-escaped excerpt.
import { excerpt } from '../model/redact';
import type { Bilingual } from '../model/text';

const q = (text: string) => `"${excerpt(text)}"`;
/** `(de tabel kent: a, b)` / `(declared: a, b)`, or a sentence for an empty list. */
const declaredList = (names: readonly string[], none: string): Bilingual =>
  names.length === 0
    ? { nl: `(de tabel heeft geen ${none})`, en: '(declared: none)' }
    : { nl: `(de tabel kent: ${names.join(', ')})`, en: `(declared: ${names.join(', ')})` };

/** The texts of the rule language (codes in comments). */
export const RULE_MESSAGES = {
  // table-schema.ts (zod messages)
  factName: {
    nl: 'Verwacht een naam van letters, cijfers en _, die niet met een cijfer begint',
    en: 'Expected a name of letters, digits and _, not starting with a digit',
  },
  id: {
    nl: 'Verwacht een id van letters, cijfers en _ . : -, dat met een letter of cijfer begint',
    en: 'Expected an id of letters, digits, _ . : -, starting with a letter or digit',
  },
  condition: {
    nl: 'Verwacht een voorwaarde: {"all": [...]}, {"any": [...]}, {"not": {...}} of {"fact", "operator", "value"}',
    en: 'Expected a condition: {"all": [...]}, {"any": [...]}, {"not": {...}} or {"fact", "operator", "value"}',
  },
  rootCondition: {
    nl: 'Verwacht bovenaan "when" een {"all": [...]}, {"any": [...]} of {"not": {...}}',
    en: 'Expected the root of "when" to be {"all": [...]}, {"any": [...]} or {"not": {...}}',
  },

  // forbidden_key
  forbiddenKey: (key: string): Bilingual => ({
    nl: `Veldnaam ${q(key)} is niet toegestaan (bescherming tegen prototype pollution)`,
    en: `Key ${q(key)} is not allowed (prototype pollution)`,
  }),

  // check-table.ts
  duplicateFact: (name: string): Bilingual => ({
    nl: `Gegeven ${q(name)} staat twee keer in de lijst van gegevens`,
    en: `Fact ${q(name)} is declared twice`,
  }),
  reservedFactName: (name: string): Bilingual => ({
    nl: `${q(name)} is een gereserveerd woord en kan geen naam van een gegeven zijn`,
    en: `${q(name)} is reserved and cannot name a fact`,
  }),
  reservedParameterName: (name: string): Bilingual => ({
    nl: `${q(name)} is een gereserveerd woord en kan geen naam van een parameter zijn`,
    en: `${q(name)} is reserved and cannot name a parameter`,
  }),
  missingValues: (name: string): Bilingual => ({
    nl: `Gegeven ${q(name)} is een keuzelijst (enum) en moet zijn waarden noemen`,
    en: `Enum fact ${q(name)} must list its values`,
  }),
  unexpectedValues: {
    nl: 'Alleen gegevens van het type enum of string[] noemen waarden',
    en: 'Only enum and string[] facts list values',
  },
  missingFields: (name: string): Bilingual => ({
    nl: `Gegeven ${q(name)} is een object en moet zijn velden noemen`,
    en: `Object fact ${q(name)} must declare its fields`,
  }),
  unexpectedFields: {
    nl: 'Alleen gegevens van het type object hebben velden',
    en: 'Only object facts declare fields',
  },
  emptyGroup: (key: string): Bilingual => ({
    nl: `"${key}" moet minstens één voorwaarde bevatten`,
    en: `"${key}" needs at least one condition`,
  }),
  unknownOperator: (operator: string): Bilingual => ({
    nl: `Onbekende vergelijking (operator) ${q(operator)}`,
    en: `Unknown operator ${q(operator)}`,
  }),
  /** What a condition compares, in front of a type message: `Fact "amount" (money)`. */
  subject: (fact: string, type: string): Bilingual => ({
    nl: `Gegeven ${q(fact)} (${type})`,
    en: `Fact ${q(fact)} (${type})`,
  }),
  operatorTypeMismatch: (subject: Bilingual, operator: string, applies: string, type: string): Bilingual => ({
    nl: `${subject.nl}: vergelijking ${q(operator)} werkt op gegevens van het type ${applies}, niet op ${type}`,
    en: `${subject.en}: operator ${q(operator)} applies to ${applies} facts, not to ${type}`,
  }),
  duplicateFrom: (name: string, from: string): Bilingual => ({
    nl: `Parameter ${q(name)} heeft twee waarden die ingaan op ${from}`,
    en: `Parameter ${q(name)} has two values from ${from}`,
  }),
  duplicateRuleId: (id: string): Bilingual => ({
    nl: `Regel-id ${q(id)} komt twee keer voor`,
    en: `Rule id ${q(id)} is used twice`,
  }),

  // fact-path.ts
  unknownFact: (fact: string, declared: readonly string[]): Bilingual => {
    const known = declaredList(declared, 'gegevens');
    return { nl: `Onbekend gegeven ${q(fact)} ${known.nl}`, en: `Unknown fact ${q(fact)} ${known.en}` };
  },
  unsupportedPath: (path: string): Bilingual => ({
    nl: `Pad ${q(path)} wordt niet ondersteund: schrijf het als $.veld.subveld`,
    en: `Path ${q(path)} is not supported: use the dotted form $.field.subfield`,
  }),
  unknownPath: (path: string, fact: string, segment: string): Bilingual => ({
    nl: `Pad ${q(path)} leidt niet naar een veld van gegeven ${q(fact)} (bij ${q(segment)})`,
    en: `Path ${q(path)} does not lead to a declared field of fact ${q(fact)} (at ${q(segment)})`,
  }),

  // value-spec.ts
  nestedParameter: {
    nl: 'Een parameterwaarde kan niet naar een andere parameter verwijzen',
    en: 'A parameter value cannot refer to another parameter',
  },
  unknownParameter: (name: string, declared: readonly string[]): Bilingual => {
    const known = declaredList(declared, 'parameters');
    return {
      nl: `Onbekende parameter ${q(name)} ${known.nl}`,
      en: `Unknown parameter ${q(name)} ${known.en}`,
    };
  },
  valueTypeMismatch: (subject: Bilingual, expected: Bilingual, got: Bilingual): Bilingual => ({
    nl: `${subject.nl}: verwacht ${expected.nl}, maar kreeg ${got.nl}`,
    en: `${subject.en}: expected ${expected.en}, got ${got.en}`,
  }),
  unknownKey: (key: string): Bilingual => ({
    nl: `Onbekend veld ${q(key)}`,
    en: `Unknown key ${q(key)}`,
  }),
  missingKey: (key: string): Bilingual => ({
    nl: `Veld ${q(key)} ontbreekt`,
    en: `Missing key ${q(key)}`,
  }),

  // resolve.ts
  invalidDate: (date: string): Bilingual => ({
    nl: `${q(date)} is geen datum JJJJ-MM-DD`,
    en: `${q(date)} is not a date YYYY-MM-DD`,
  }),
  parameterNotInEffect: (name: string, on: string, first: string | undefined): Bilingual => ({
    nl: `Parameter ${q(name)} heeft geen waarde op ${on}${first ? ` (de eerste waarde geldt vanaf ${first})` : ''}`,
    en: `Parameter ${q(name)} has no value on ${on}${first ? ` (its first value is from ${first})` : ''}`,
  }),

  // hit-policy.ts and overlap.ts
  uniqueViolation: (ids: readonly string[], table: string): Bilingual => {
    const quoted = ids.map(q);
    const two = quoted.length === 2;
    return {
      nl: `Er mag maar één regel passen (hit policy unique), maar de regels ${quoted.join(' en ')} passen ${two ? 'allebei' : 'alle'} (tabel ${q(table)})`,
      en: `Hit policy unique: rules ${quoted.join(' and ')} ${two ? 'both match' : 'all match'} in table ${q(table)}`,
    };
  },
  uniqueOverlap: (a: string, b: string, on: string, facts: string): Bilingual => ({
    nl: `Er mag maar één regel passen (hit policy unique), maar de regels ${q(a)} en ${q(b)} passen allebei op ${on} bij de gegevens ${facts}`,
    en: `Hit policy unique: rules ${q(a)} and ${q(b)} both match on ${on} for facts ${facts}`,
  }),
} as const;
