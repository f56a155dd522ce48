// A case's contact explanation in one language, rendered once per distinct text: the worklists of
// a national month show a hundred thousand rows, but their texts name the rules that fired, the
// facts those rules read and what capacity did — not the household — so a few thousand texts
// serve them all (issue 14; docs/performance.md, "Third round: writing the output"); and the routing
// texts that name the case's amount come from a dozen templates ("Twenty-fifth round").
import type { Lang } from '../model/text';
import {
  type DecisionReads,
  sameReads,
  sameTemplateReads,
  type TemplateReads,
  templateReads,
} from '../rules/decision-key';
import { fillTemplate, type TextTemplate } from '../rules/render-template';
import {
  allocationExplanationState,
  allocationStateText,
  type CaseAllocation,
  type Explainable,
} from './allocate';
import { contactExplanationIn } from './explanation-in';
import type { ContactStep } from './outcome';
import type { StepChange, StepPlacement } from './place-step';
import {
  type Evaluable,
  type RoutedPlan,
  routeExplanationState,
  routeStateTemplate,
  routeStateText,
} from './route';

/**
 * The most texts of each kind the memo of {@link contactExplanations} keeps (routing texts,
 * allocation texts, the two joined); once a kind is full, new texts of it are rendered and not kept
 * (project default: a national month of 100,000 signals has ~19,000 distinct texts, most of them a
 * routing rule that names the case's amount, read twice; the few dozen that serve most rows come
 * first, at the top of every list — and texts kept only for a while would cost the garbage
 * collector more than rendering them again: docs/performance.md, "Third round").
 *
 * @example
 * ```ts
 * import { contactExplanations, EXPLANATION_MEMO_LIMIT } from '@signaalreis/core';
 * const explain = contactExplanations('nl', { limit: EXPLANATION_MEMO_LIMIT / 2 }); // keep fewer texts
 * ```
 */
export const EXPLANATION_MEMO_LIMIT = 2048;

/**
 * A renderer of contact explanations with its memo: see {@link contactExplanations}.
 *
 * @example
 * ```ts
 * import { type AllocatedJourney, type ContactExplanations, contactExplanations } from '@signaalreis/core';
 * declare const journeys: AllocatedJourney[];
 * const explain: ContactExplanations = contactExplanations('nl');
 * const texts = journeys.map(explain);
 * explain.rendered; // how many texts were rendered (≤ journeys.length)
 * ```
 */
export interface ContactExplanations {
  /** The text of `contactExplanationIn(journey, lang)`. */
  (journey: { route: RoutedPlan; allocation: CaseAllocation }): string;
  /**
   * How many routing and allocation texts were rendered so far (the rest came from the memo: a text
   * seen before, or a routing text's template filled with the case's numbers).
   */
  readonly rendered: number;
  /**
   * A short key of the text last returned when it was filled from a template: equal keys, equal
   * texts, within this renderer (the template's and the allocation text's places in the memo, and
   * the numbers) — so that it can be kept by its key instead of its content, which would have to be
   * hashed whole. `undefined` for any other text.
   */
  readonly lastKey: string | undefined;
}

/** Declared teams: the preset's list (shared by every case) by identity; none as the same (whichever empty list a caller gave). */
const sameTeams = (a: readonly unknown[], b: readonly unknown[]) =>
  a === b || (a.length === 0 && b.length === 0);

const samePair = (a: { channel: string; team: string }, b: { channel: string; team: string }) =>
  a.channel === b.channel && a.team === b.team;

function sameChange(a: StepChange, b: StepChange): boolean {
  return (
    a.kind === b.kind &&
    a.missing === b.missing &&
    a.source === b.source &&
    samePair(a.from, b.from) &&
    samePair(a.to, b.to) &&
    a.limit?.perMonth === b.limit?.perMonth &&
    a.limit?.team === b.limit?.team &&
    (a.limit === undefined) === (b.limit === undefined)
  );
}

function samePlacement(a: StepPlacement, b: StepPlacement): boolean {
  if (a.outcome !== b.outcome || a.reason !== b.reason || !samePair(a.requested, b.requested)) return false;
  if (a.changes.length !== b.changes.length) return false;
  for (let i = 0; i < a.changes.length; i++)
    if (!sameChange(a.changes[i] as StepChange, b.changes[i] as StepChange)) return false;
  return true;
}

/** Everything `allocationText` reads of two states is the same: then so are their texts. */
function sameAllocation(a: Explainable, b: Explainable): boolean {
  if (
    a.outcome !== b.outcome ||
    (a.plan.ruleId === undefined) !== (b.plan.ruleId === undefined) ||
    !sameTeams(a.teams, b.teams) ||
    a.placements.length !== b.placements.length ||
    a.steps.length !== b.steps.length
  )
    return false;
  for (let i = 0; i < a.placements.length; i++)
    if (!samePlacement(a.placements[i] as StepPlacement, b.placements[i] as StepPlacement)) return false;
  for (let i = 0; i < a.steps.length; i++)
    if (!samePair(a.steps[i] as ContactStep, b.steps[i] as ContactStep)) return false;
  return true;
}

/** A number of a string for a lookup (equal strings, equal numbers): its length and three characters. */
const textHash = (t: string | undefined): number =>
  t === undefined
    ? 1
    : t.length * 961 + t.charCodeAt(0) * 31 + t.charCodeAt(t.length >> 1) + t.charCodeAt(t.length - 1);

const mix = (h: number, x: number) => (Math.imul(h, 31) + x) | 0;

/** A number of what {@link sameAllocation} compares, for a lookup. */
function allocationHash(e: Explainable): number {
  let h = mix(textHash(e.outcome), e.plan.ruleId === undefined ? 1 : 2);
  for (const p of e.placements) {
    h = mix(mix(mix(h, textHash(p.outcome)), textHash(p.requested.channel)), textHash(p.requested.team));
    for (const c of p.changes)
      h = mix(
        mix(mix(h, textHash(c.kind)), textHash(c.to.channel)),
        textHash(c.to.team) + (c.limit?.perMonth ?? 0),
      );
  }
  for (const s of e.steps) h = mix(mix(h, textHash(s.channel)), textHash(s.team));
  return h;
}

/** The numbers a template is filled with, as a key (-0 kept apart from 0: two keys may stand for one text, never one key for two). */
const numbersKey = (values: readonly number[]): string =>
  values.map((v) => (Object.is(v, -0) ? '-0' : String(v))).join('\u0000');

/** A routing text and what it was made of; `serial`: its place in its table. */
interface RouteEntry {
  compiled: object;
  teams: readonly unknown[];
  reads: DecisionReads;
  text: string;
  serial: number;
}

/** A routing text's template (none: the text cannot be made from one) and what it was made of. */
interface TemplateEntry {
  compiled: object;
  teams: readonly unknown[];
  reads: TemplateReads;
  template: TextTemplate | undefined;
  serial: number;
}

/** An allocation text and the state it was made of. */
interface AllocationEntry {
  state: Explainable;
  text: string;
  serial: number;
}

/** Entries by hash; `count` of all of them (at most the limit). */
interface Table<E> {
  buckets: Map<number, E[]>;
  count: number;
}

const newTable = <E>(): Table<E> => ({ buckets: new Map(), count: 0 });

/** Keeps `entry` in `table` under `hash` (`bucket`: the entries already there, if any). */
function keep<E>(table: Table<E>, hash: number, bucket: E[] | undefined, entry: E): void {
  if (bucket) bucket.push(entry);
  else table.buckets.set(hash, [entry]);
  table.count += 1;
}

/**
 * Renders contact explanations in `lang` — each the text of {@link contactExplanationIn} — once per
 * distinct text while it lives: keep it for one write (the worklists of a month) and let it go.
 * Two cases share a text when all it is made of is the same: the routing rules the hit policy
 * selects and the values of the facts their conditions read (see `templateReads`), the table and the
 * declared teams; and everything allocation's text reads (each requested step, what became of it
 * and why, each fallback and overflow with its source and capacity, the final steps). Sections not made
 * by `routeMonth`/`allocate` (a copy) and facts it cannot key are rendered each time. A routing
 * text that names numbers (the case's amount: "totaalbedrag (€ 2.343,47) > € 575,00") is made from
 * its template — the text with those numbers left open, rendered once for all cases whose rules read
 * the same but for those numbers and whose conditions on them came out the same (see
 * `templateReads`) — and checked against the text rendered the first time. At most `limit` texts of
 * each kind, and `limit` templates, are kept (default {@link EXPLANATION_MEMO_LIMIT}); after that,
 * new ones are rendered each time.
 *
 * @example
 * ```ts
 * import { type AllocatedJourney, contactExplanationIn, contactExplanations } from '@signaalreis/core';
 * declare const journeys: AllocatedJourney[]; // planMonth(…).journeys with a route and an allocation
 * const explain = contactExplanations('nl');
 * journeys.every((j) => explain(j) === contactExplanationIn(j, 'nl')); // true
 * ```
 */
export function contactExplanations(lang: Lang, options: { limit?: number } = {}): ContactExplanations {
  const limit = Math.max(1, options.limit ?? EXPLANATION_MEMO_LIMIT);
  const routes = newTable<RouteEntry>();
  const allocations = newTable<AllocationEntry>();
  // the joined texts by the serials of their two parts (both below `limit`: a small integer key)
  const joined = new Map<number, string>();
  let rendered = 0;
  let lastKey: string | undefined;
  // the place of the template the routing text was last filled from (-1: rendered)
  let lastTemplate = -1;
  // A routing text that names numbers (most often the case's amount) is made from its template,
  // rendered once per template: ~19,000 texts of a national month come from a dozen, and none of
  // them would come twice from the memo of texts (docs/performance.md, "Twenty-fifth round"). A
  // text that cannot be made so is rendered.
  const templates = newTable<TemplateEntry>();
  const templated = (r: Evaluable, reads: TemplateReads, values: readonly number[]): string => {
    const bucket = templates.buckets.get(reads.hash);
    const found = bucket?.find(
      (e) => e.compiled === r.compiled && sameTeams(e.teams, r.teams) && sameTemplateReads(e.reads, reads),
    );
    lastTemplate = found?.template ? found.serial : -1;
    if (found?.template) return fillTemplate(found.template, values, lang);
    rendered += 1;
    // a text that cannot be made from a template, or none kept: rendered
    if (found || templates.count >= limit) return routeStateText(r, lang);
    const made = routeStateTemplate(r, lang, reads.numbers);
    const entry = {
      compiled: r.compiled,
      teams: r.teams,
      reads,
      template: made.template,
      serial: templates.count,
    };
    keep(templates, reads.hash, bucket, entry);
    return made.text;
  };
  const routeEntry = (r: Evaluable, reads: DecisionReads): RouteEntry => {
    const bucket = routes.buckets.get(reads.hash);
    const found = bucket?.find(
      (e) => e.compiled === r.compiled && sameTeams(e.teams, r.teams) && sameReads(e.reads, reads),
    );
    if (found) return found;
    rendered += 1;
    const text = routeStateText(r, lang);
    const entry = { compiled: r.compiled, teams: r.teams, reads, text, serial: routes.count };
    if (routes.count >= limit) return { ...entry, serial: -1 }; // full: rendered, not kept
    keep(routes, reads.hash, bucket, entry);
    return entry;
  };
  const allocationEntry = (a: Explainable): AllocationEntry => {
    const hash = allocationHash(a);
    const bucket = allocations.buckets.get(hash);
    const found = bucket?.find((e) => sameAllocation(e.state, a));
    if (found) return found;
    rendered += 1;
    const entry = { state: a, text: allocationStateText(a, lang), serial: allocations.count };
    if (allocations.count >= limit) return { ...entry, serial: -1 }; // full: rendered, not kept
    keep(allocations, hash, bucket, entry);
    return entry;
  };
  const explain = (journey: { route: RoutedPlan; allocation: CaseAllocation }): string => {
    const r = routeExplanationState(journey.route);
    const a = allocationExplanationState(journey.allocation);
    // what the routing text reads, its numbers left out (without numbers: all it reads)
    const reads = r && templateReads(r.compiled, r.facts);
    lastKey = undefined;
    if (!r || !a || !reads) {
      rendered += 2;
      return contactExplanationIn(journey, lang);
    }
    if (reads.numbers.length > 0) {
      // the numbers once: what the template is filled with is what the key names
      const values = reads.numbers.map((n) => n.value);
      const text = templated(r, reads, values);
      const allocation = allocationEntry(a);
      if (lastTemplate >= 0 && allocation.serial >= 0)
        lastKey = `${lastTemplate}\u0000${allocation.serial}\u0000${numbersKey(values)}`;
      return `${text}\n${allocation.text}`;
    }
    const route = routeEntry(r, reads);
    const allocation = allocationEntry(a);
    if (route.serial < 0 || allocation.serial < 0) return `${route.text}\n${allocation.text}`;
    const key = route.serial * limit + allocation.serial;
    let text = joined.get(key);
    if (text === undefined) {
      text = `${route.text}\n${allocation.text}`;
      if (joined.size < limit) joined.set(key, text);
    }
    return text;
  };
  return Object.defineProperties(explain, {
    rendered: { get: () => rendered, enumerable: true },
    lastKey: { get: () => lastKey, enumerable: true },
  }) as ContactExplanations;
}
