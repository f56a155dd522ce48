import type { IsoDate } from '../../model/iso-date';
import type { Lang } from '../lang';
import type { FactDeclaration, FactType } from '../table-types';
import type { ValueSpec } from '../value-spec';

// What one operator of the rule language is, in one object: the form of its value, how it is
// anchored at an evaluation date, its compiled test, its json-rules-engine (reference) form, its
// Dutch and English rendering, and what the `unique` overlap search needs from it. Each operator
// lives in its own file in this folder; ./index.ts is the registry every other module reads.

/**
 * A compiled leaf: reads its slot from the slot values and tests it (one call per leaf, per
 * fact set). See compile.ts for slots.
 */
export type SlotTest = (slots: readonly unknown[]) => boolean;

/**
 * An opaque calendar day of the reference calendar (a luxon `DateTime` in UTC, see
 * reference-calendar.ts). Operator files never look inside.
 */
export type ReferenceDay = { readonly __referenceDay: unique symbol };

/**
 * Calendar-day arithmetic for the reference forms, passed in by the reference evaluator so that
 * operator files (and with them the compiled evaluator) do not load luxon, and the differential
 * test still compares two independent date implementations.
 */
export interface ReferenceCalendar {
  /** The day an ISO date `YYYY-MM-DD` stands for; undefined for anything else. */
  day(value: unknown): ReferenceDay | undefined;
  /** `day` plus `days` calendar days (negative: earlier). */
  plusDays(day: ReferenceDay, days: number): ReferenceDay;
  /** Whole calendar days from `from` to `to` (positive when `to` is later). */
  daysFromTo(from: ReferenceDay, to: ReferenceDay): number;
}

/**
 * An operator's reference form: json-rules-engine calls it with the fact value (undefined when
 * the fact is missing) and the resolved value. Written for clarity, not speed; a fact value of
 * the wrong type fails.
 */
export type ReferenceOperator = (factValue: unknown, value: unknown, calendar: ReferenceCalendar) => boolean;

/**
 * What rendering a leaf's expected part needs besides the value.
 */
export interface RenderContext {
  /** The language to write in. */
  lang: Lang;
  /** Formats a value of the leaf's fact type for people (money as euros, booleans as ja/nee …). */
  format(value: unknown): string;
  /** The evaluation date, when known (date expressions relative to it say so). */
  asOf: string | undefined;
}

/**
 * What the `unique` overlap search (overlap.ts) needs from an operator: the fact values at which
 * the operator's result can change (`boundaries`; the search tries each, one below and one
 * above), or an explicit answer that it cannot tell (`cannotDecide`, with the reason). For an
 * operator that cannot decide, the search still tries the fact type's generic candidates
 * (missing, declared values, a value no rule names), so an overlap it reports is real, but not
 * finding one says even less than usual.
 */
export type OverlapPart =
  | {
      /** The fact values (list elements or counts, for `string[]` facts) that matter for `value`. */
      boundaries(value: unknown): readonly unknown[];
    }
  | {
      /** Why the operator cannot name its boundaries. */
      cannotDecide: string;
    };

/**
 * Everything about one operator of the rule language. Each operator is one file in
 * `rules/operators/` exporting one of these; `rules/operators/index.ts` lists them. Load-time
 * checking, resolution, both evaluators, rendering and the overlap search read the registry.
 * `not-equal.ts` is a complete small one to start from.
 */
export interface OperatorDefinition<Name extends string = string> {
  /** The name conditions use (`"operator": name`). */
  readonly name: Name;
  /** The fact types it applies to; on any other type a condition is `operator_type_mismatch`. */
  readonly factTypes: readonly FactType[];
  /** What the value must look like on `fact` (one of `factTypes`); checked at load. */
  valueSpec(fact: FactDeclaration): ValueSpec;
  /**
   * Anchors a value (parameters already substituted) at the evaluation date, so that both
   * evaluators receive an absolute value. Absent: the value is used as it is.
   */
  anchor?(value: unknown, asOf: IsoDate): unknown;
  /**
   * The compiled form: turns a resolved value into a test of slot `k`. Called once per leaf at
   * compile time; do here everything that depends only on the value (dates, sets, bounds), so
   * the returned closure is all that runs per fact set. Keep that closure self-contained (test
   * types inline, see support/compiled.ts): a call to an imported helper per fact set is
   * measurably slower.
   */
  compile(value: unknown, k: number): SlotTest;
  /**
   * The reference form: `'built-in'` for json-rules-engine's own operators (their semantics are
   * the reference, including on a missing fact), else the callback registered on the engine.
   */
  readonly reference: 'built-in' | ReferenceOperator;
  /**
   * The expected part of a rendered leaf in `ctx.lang`, e.g. `≥ € 500,00` or
   * `ligt tussen 2 (inclusief) en 4 (exclusief)`.
   */
  render(value: unknown, ctx: RenderContext): string;
  /** What the `unique` overlap search needs. */
  readonly overlap: OverlapPart;
}

/**
 * Declares an operator, keeping its literal name (and whether it is built in) in the type.
 *
 * @example
 * ```ts
 * import { notEqualOperator } from './not-equal';
 * // not-equal.ts: export const notEqualOperator = defineOperator({ name: 'notEqual', … });
 * const name: 'notEqual' = notEqualOperator.name; // compiles: the literal name is kept, not widened to string
 * const reference: 'built-in' = notEqualOperator.reference; // compiles: a built-in operator stays one in the type
 * ```
 */
export function defineOperator<const D extends OperatorDefinition>(definition: D): D {
  return definition;
}
