// One case through the routing table: the contact plan it asks for, before capacity.
import { deadline } from '../calendar/deadlines';
import { addWorkingDays } from '../calendar/working-days';
import type { IntakenJourney } from '../intake/types';
import type { IsoDate } from '../model/iso-date';
import { fail, ok, type Result } from '../model/issue';
import { lazyProperties } from '../model/lazy';
import { plainRecords, withSection } from '../model/plain-record';
import { EMPTY_LIST, internedLists } from '../model/shared-lists';
import type { Bilingual, Lang } from '../model/text';
import { type CompiledTable, type Facts, selectOf } from '../rules/compile';
import { renderDecision } from '../rules/render';
import { fillTemplate, markedDecision, type TextTemplate, textTemplate } from '../rules/render-template';
import type { Decision } from '../rules/trace-types';
import { type RoutingCaseInput, routingFacts } from './facts';
import { routingInputOf } from './journey-input';
import { badOn } from './on';
import { type ContactStep, type RoutingOutcome, stepsText } from './outcome';
import { sharedStep } from './shared-steps';
import type { TeamDeclaration } from './teams';

/**
 * The priority of a case no routing rule applies to: after every other case.
 *
 * @example
 * ```ts
 * import { UNROUTED_PRIORITY } from '@signaalreis/core';
 * UNROUTED_PRIORITY; // 1001
 * ```
 */
export const UNROUTED_PRIORITY = 1001;

/**
 * What the routing table asks for one case, before capacity and contact data are applied by
 * {@link allocate} — the `route` section of the case's journey. `bucket` is the worklist bucket
 * ("bakje"); `ruleId` is the rule that chose it (absent when no rule applied: bucket `unrouted`,
 * no steps); under hit policy `collect` the steps of every selected rule are joined and `ruleIds`
 * lists them all.
 *
 * @example
 * ```ts
 * import type { RoutedPlan } from '@signaalreis/core';
 * const line = (p: RoutedPlan) => `${p.bucket} p${p.priority} by ${p.deadline}: ${p.explanation.en}`;
 * ```
 */
export interface RoutedPlan {
  /** The date the table was evaluated on. */
  routedOn: IsoDate;
  /** The worklist bucket ("bakje"), e.g. `visit`. */
  bucket: string;
  /** Its label, when the rule gives one. */
  label?: Bilingual;
  /** 1 = most urgent. */
  priority: number;
  /**
   * Last day for the contact: `deadlineWorkingDays` working days, else the Wgs 4 weeks — or, for a
   * case intake found threatening, intake's crisis deadline (3 working days from the signal, Wgs)
   * when that is earlier: one deadline per case, computed once (intake's `crisis.deadline`).
   */
  deadline: IsoDate;
  /** `true` when the deadline lies before `routedOn`: it passed before the case was routed. */
  deadlinePassed?: boolean;
  /**
   * The contact steps, in plan order. For a plan routing made, each step is one frozen object
   * shared by every case that plans that step of the rule's outcome (a month has a handful).
   */
  steps: ContactStep[];
  /** The rule that chose the bucket. */
  ruleId?: string;
  /** Every selected rule, in hit-policy order. For a plan routing made, one shared frozen list per distinct list of ids. */
  ruleIds: string[];
  /** Source of the rule that chose the bucket. */
  source?: string;
  /** Which contact data are known (any signal of the case). For a plan routing made, one shared frozen object per combination. */
  contact: { hasPhone: boolean; hasEmail: boolean; hasAddress: boolean };
  /** The routing rule's explanation (routing only; allocation explains its own changes). */
  explanation: Bilingual;
  trace: Decision<RoutingOutcome>;
}

/**
 * A case's journey after routing: it adds the `route` section.
 *
 * @example
 * ```ts
 * import type { RoutedJourney } from '@signaalreis/core';
 * const bucket = (j: RoutedJourney) => j.route.bucket;
 * ```
 */
export interface RoutedJourney extends IntakenJourney {
  route: RoutedPlan;
}

/** How an outcome reads in the routing explanation; declared `teams` by their labels. */
const outcomeLabelWith = (teams: readonly TeamDeclaration[]) => (o: RoutingOutcome, lang: 'nl' | 'en') =>
  `${o.label?.[lang] ?? o.bucket}: ${stepsText(o.steps, lang, teams)}`;

/** The label of the `unrouted` bucket (no routing rule applies). */
const UNROUTED_LABEL: Bilingual = { nl: 'Niet gerouteerd', en: 'Not routed' };

/** Joins the selected outcomes: the most urgent names the bucket; steps in order, once each. */
function join(outcomes: readonly RoutingOutcome[]): { chosen: number; steps: ContactStep[]; days?: number } {
  let chosen = 0;
  outcomes.forEach((o, i) => {
    if (o.priority < (outcomes[chosen] as RoutingOutcome).priority) chosen = i;
  });
  const steps: ContactStep[] = [];
  const seen = new Set<string>();
  for (const o of outcomes)
    for (const s of o.steps) {
      const k = `${s.channel}/${s.team}`;
      if (seen.has(k)) continue;
      seen.add(k);
      steps.push(sharedStep(s));
    }
  const days = outcomes.flatMap((o) => (o.deadlineWorkingDays === undefined ? [] : [o.deadlineWorkingDays]));
  // `slice()`: kept per case, without the room `push` leaves (see facts.ts)
  return { chosen, steps: steps.slice(), ...(days.length > 0 ? { days: Math.min(...days) } : {}) };
}

/**
 * The deadlines of one routing date, remembered per number of working days (`undefined`: the Wgs
 * first conversation): a month routes thousands of cases on one date, and the holiday calendar
 * behind a deadline is the slow part of routing a case.
 */
export type Deadlines = (workingDays: number | undefined) => IsoDate;

/** A {@link Deadlines} for `on` (a checked date). */
export function deadlinesOn(on: IsoDate): Deadlines {
  const memo = new Map<number, IsoDate>();
  return (workingDays) => {
    const key = workingDays ?? -1;
    let d = memo.get(key);
    if (d === undefined) {
      d = workingDays === undefined ? deadline('first-conversation', on) : addWorkingDays(on, workingDays);
      memo.set(key, d);
    }
    return d;
  };
}

/** What a routed case keeps to explain itself: the compiled table and the case's facts. */
export interface Evaluable {
  compiled: CompiledTable<RoutingOutcome>;
  facts: Facts;
  teams: readonly TeamDeclaration[];
}

function traceOf({ compiled, facts }: Evaluable): Decision<RoutingOutcome> {
  const evaluated = compiled.evaluate(facts);
  // the same facts evaluated without issue when the case was routed
  if (!evaluated.ok) throw new Error('routing: a routed case no longer evaluates');
  return evaluated.value;
}

/** The routing rule's explanation of a decision in one language. */
const render = (decision: Decision<RoutingOutcome>, lang: Lang, teams: readonly TeamDeclaration[]) =>
  renderDecision(decision, { lang, outcomeLabel: outcomeLabelWith(teams) });

/** Routed journeys, with room for their sections (internal: `routeCase` and `routeMonth`). */
export const newRouted = plainRecords(8);

/** Routing plans, with room for their optional keys (plainRecords): ten keys, the lazy state and `deadlinePassed`. */
const newPlan = plainRecords(14);

/**
 * A plan's `explanation` and `trace`, evaluated again from the case's facts each time they are read:
 * a month routes a hundred thousand cases, and a trace (every rule, every condition) and two rendered
 * texts per case cost more memory than the rest of the case. The table is compiled and the facts
 * are fixed, so every reading gives the same decision and the same text.
 */
const explained = lazyProperties<Evaluable, { explanation: Bilingual; trace: Decision<RoutingOutcome> }>({
  explanation: (e) => {
    const decision = traceOf(e);
    return { nl: render(decision, 'nl', e.teams), en: render(decision, 'en', e.teams) };
  },
  trace: traceOf,
});

/**
 * The routing rule's explanation of a route section in one language: for a plan routing made, only
 * that language is rendered (a worklist shows one); for any other, its `explanation` in `lang`.
 */
export function routeExplanationIn(route: RoutedPlan, lang: Lang): string {
  const state = explained.stateOf(route);
  return state ? routeStateText(state, lang) : route.explanation[lang];
}

/**
 * What a route section that routing made keeps to explain itself (undefined for any other, e.g. a
 * copy): for `contactExplanations`, which renders each distinct text once. Internal to core.
 */
export const routeExplanationState = (route: RoutedPlan): Evaluable | undefined => explained.stateOf(route);

/** The routing rule's explanation of a routed case's state in one language (what {@link routeExplanationIn} gives). */
export const routeStateText = (state: Evaluable, lang: Lang): string =>
  render(traceOf(state), lang, state.teams);

/**
 * The routing text of a routed case's state, and its template: the same text with the numbers
 * `numbers` (`templateReads(…).numbers`: each one's `fact\u0000path` and value) left open — the
 * template only when the numbers can be left open (see `markedDecision`, `textTemplate`) and, filled
 * with this case's numbers, it gives this case's text. Internal to core (`contactExplanations`).
 */
export function routeStateTemplate(
  state: Evaluable,
  lang: Lang,
  numbers: readonly { key: string; value: number }[],
): { text: string; template?: TextTemplate } {
  const decision = traceOf(state);
  const text = render(decision, lang, state.teams);
  const marked = markedDecision(
    decision,
    numbers.map((n) => n.key),
  );
  if (!marked) return { text };
  const template = textTemplate(render(marked.decision, lang, state.teams), marked.types, numbers.length);
  const values = numbers.map((n) => n.value);
  return template && fillTemplate(template, values, lang) === text ? { text, template } : { text };
}

// A plan's `contact` and `ruleIds` are one of a few values in a month: one shared frozen object each
// (issue 14; docs/performance.md, "Twenty-fourth round"). `contact` by its three flags (phone 4,
// e-mail 2, address 1), the rule ids per compiled table.
const CONTACTS: readonly Readonly<RoutedPlan['contact']>[] = Array.from({ length: 8 }, (_, i) =>
  Object.freeze({ hasPhone: (i & 4) !== 0, hasEmail: (i & 2) !== 0, hasAddress: (i & 1) !== 0 }),
);
const ruleIdLists = new WeakMap<CompiledTable<RoutingOutcome>, (ids: readonly string[]) => string[]>();
function ruleIdListsOf(compiled: CompiledTable<RoutingOutcome>): (ids: readonly string[]) => string[] {
  let lists = ruleIdLists.get(compiled);
  if (!lists) {
    lists = internedLists();
    ruleIdLists.set(compiled, lists);
  }
  return lists;
}

/**
 * Routes a routing input on a checked date (no date check: {@link routeInput} and routeMonth
 * check). `crisisDeadline` is intake's deadline of a threatening case: the case's one deadline when
 * it is earlier than the rule's own (see {@link routeCase}); `teams`: the preset's declared teams,
 * named by their labels in the explanation.
 */
export function routePlan(
  input: RoutingCaseInput,
  compiled: CompiledTable<RoutingOutcome>,
  on: IsoDate,
  deadlines: Deadlines,
  crisisDeadline?: IsoDate,
  teams: readonly TeamDeclaration[] = EMPTY_LIST,
): Result<RoutedPlan> {
  const facts = routingFacts(input, on);
  // the rules selected without the trace: the trace is evaluated again when it is read (`explained`)
  const selection = selectOf(compiled, facts);
  if (!selection.ok) return selection;
  const decision = selection.value;
  const contact = CONTACTS[
    (facts.hasPhone === true ? 4 : 0) +
      (facts.hasEmail === true ? 2 : 0) +
      (facts.hasAddress === true ? 1 : 0)
  ] as RoutedPlan['contact'];
  const caseDeadline = (own: IsoDate) =>
    crisisDeadline !== undefined && crisisDeadline < own ? crisisDeadline : own;
  const unrouted = decision.outcomes.length === 0;
  const { chosen, steps, days } = unrouted ? { chosen: -1, steps: [] } : join(decision.outcomes);
  const outcome = decision.outcomes[chosen];
  const ruleId = decision.selected[chosen];
  const source = decision.sources[chosen];
  const deadline = caseDeadline(deadlines(days));
  const label = outcome ? outcome.label : UNROUTED_LABEL;
  // built key by key by its own maker: the optional keys, the lazy explanation and `deadlinePassed`
  // stay in the object (plainRecords)
  const plan = newPlan() as Omit<RoutedPlan, 'explanation'>;
  plan.routedOn = on;
  plan.bucket = outcome ? outcome.bucket : 'unrouted';
  if (label) plan.label = label;
  plan.priority = outcome ? outcome.priority : UNROUTED_PRIORITY;
  plan.deadline = deadline;
  plan.steps = steps;
  if (ruleId !== undefined) plan.ruleId = ruleId;
  plan.ruleIds = ruleIdListsOf(compiled)(decision.selected);
  if (source) plan.source = source;
  plan.contact = contact;
  const routed: RoutedPlan = explained(plan, { compiled, facts, teams });
  if (deadline < on) routed.deadlinePassed = true;
  return ok(routed);
}

/**
 * Routes one case given as routing facts — for a vendor that routes cases it did not match with
 * signaalreis: computes the {@link routingFacts} on `on`, evaluates the compiled routing table and
 * turns the selected outcome(s) into a {@link RoutedPlan} with a deadline (working days via the
 * Algemene termijnenwet calendar) and an explanation of the routing rule in Dutch and English. A
 * `unique` table on which two rules match gives the table's `unique_violation` issue; a date that
 * is not a real date gives `invalid_date` at `['on']`. `options.teams`: the teams the preset
 * declares (`LoadedRoutingConfig.teams`), named by their labels in the explanation.
 *
 * @example
 * ```ts
 * import { asIsoDate, compileRouting, loadRoutingConfig, type RoutingCaseInput, routeInput } from '@signaalreis/core';
 * declare const routingJson: unknown; // the `routing` of preset type-small
 * declare const input: RoutingCaseInput; // one health signal of € 610, no match
 * const on = asIsoDate('2026-10-26');
 * const config = loadRoutingConfig(routingJson);
 * const compiled = config.ok ? compileRouting(config.value, on) : undefined;
 * const plan = compiled?.ok ? routeInput(input, compiled.value, on) : undefined;
 * // plan?.ok && plan.value.explanation.nl:
 * // 'Huisbezoek: huisbezoek (gemeente), omdat totaalbedrag (€ 610,00) > € 500,00 … (regel visit, bron: …)'
 * ```
 */
export function routeInput(
  input: RoutingCaseInput,
  compiled: CompiledTable<RoutingOutcome>,
  on: IsoDate,
  options: { teams?: readonly TeamDeclaration[] } = {},
): Result<RoutedPlan> {
  const bad = badOn(on);
  if (bad) return fail(bad);
  return routePlan(input, compiled, on, deadlinesOn(on), undefined, options.teams);
}

/**
 * Routes one case's journey: reads its routing facts from the `match` section and the signals
 * intake picked up (see {@link routingInputOf}), routes them as {@link routeInput} does and returns
 * the journey with the `route` section added — nothing else changed. Issues (a `unique` table with
 * two matching rules, a bad date) come without the case id; {@link routeMonth} puts
 * `['cases', caseId]` in front.
 *
 * @example
 * ```ts
 * import { asIsoDate, compileRouting, type IntakenJourney, loadRoutingConfig, routeCase } from '@signaalreis/core';
 * declare const routingJson: unknown; // the `routing` of preset type-medium
 * declare const journey: IntakenJourney; // a match with a landlord's signal, picked up
 * const on = asIsoDate('2026-10-26');
 * const config = loadRoutingConfig(routingJson);
 * const compiled = config.ok ? compileRouting(config.value, on) : undefined;
 * const routed = compiled?.ok ? routeCase(journey, compiled.value, on) : undefined;
 * // routed?.ok && routed.value.route: { bucket: 'visit', priority: 2, deadline: '2026-11-23', steps: [...], ruleId: 'match-rent', … }
 * ```
 */
export function routeCase(
  journey: IntakenJourney,
  compiled: CompiledTable<RoutingOutcome>,
  on: IsoDate,
  options: { teams?: readonly TeamDeclaration[] } = {},
): Result<RoutedJourney> {
  const bad = badOn(on);
  if (bad) return fail(bad);
  const crisis = journey.intake.crisis?.deadline;
  const routed = routePlan(routingInputOf(journey), compiled, on, deadlinesOn(on), crisis, options.teams);
  return routed.ok ? ok(withSection(newRouted, journey, 'route', routed.value)) : routed;
}
