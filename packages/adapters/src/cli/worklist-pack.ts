// The cases of a worklist chunk as columns (issue 14): posting 128 `WorklistLineCase` objects
// serialises each one's fifteen keys and its steps' objects with it; the same values as lists of
// strings and numbers cost the command's thread less (a year month's 45,730 cases: 206 → 157 ms of
// posting, ~110 ms of which are the explanation texts; docs/performance.md, "Twenty-first round").
// The worker takes them apart again into the objects the line parts read (worklist-lines.ts), so
// the bytes written are the same.
import type { WorklistLineCase, WorklistLineStep } from '../cases/worklist-lines';

/**
 * A chunk's cases as columns: per case its ten texts (`caseId`, `bucket`, `deadline`, `names`,
 * `householdKey`, `city`, `phone`, `email`, `signals`, `total`) and three numbers (`priority`,
 * `deadlinePassed` as 1 or 0, its number of steps); per step its texts (`team`, `channel`, then its
 * parts of the day) and four numbers (`attempts`, `spacingDays` or 0, 1 when `spacingDays` is given,
 * the number of parts of the day or -1 when none are given). Explanations travel beside (the chunk's
 * `explanations` and `texts`).
 */
export interface PackedCases {
  count: number;
  texts: string[];
  numbers: number[];
  stepTexts: string[];
  stepNumbers: number[];
}

/** An empty set of columns. */
export const packedCases = (): PackedCases => ({
  count: 0,
  texts: [],
  numbers: [],
  stepTexts: [],
  stepNumbers: [],
});

/**
 * Adds case `c` (without its explanation) to the columns `p`.
 *
 * @example
 * ```ts
 * import { packCase, packedCases, unpackCases } from './worklist-pack';
 * import type { WorklistLineCase } from '../cases/worklist-lines';
 * declare const c: WorklistLineCase;
 * const p = packedCases();
 * packCase(p, c);
 * unpackCases(p)[0]; // c with explanation ''
 * ```
 */
export function packCase(p: PackedCases, c: WorklistLineCase): void {
  p.count += 1;
  p.texts.push(
    c.caseId,
    c.bucket,
    c.deadline,
    c.names,
    c.householdKey,
    c.city,
    c.phone,
    c.email,
    c.signals,
    c.total,
  );
  p.numbers.push(c.priority, c.deadlinePassed ? 1 : 0, c.steps.length);
  for (const s of c.steps) {
    p.stepTexts.push(s.team, s.channel);
    const spaced = typeof s.spacingDays === 'number';
    const parts = s.partsOfDay;
    p.stepNumbers.push(
      s.attempts,
      spaced ? (s.spacingDays as number) : 0,
      spaced ? 1 : 0,
      parts ? parts.length : -1,
    );
    if (parts) for (const part of parts) p.stepTexts.push(part);
  }
}

/** The cases of `p` as objects again, in order, each with explanation `''` (see {@link packCase}). */
export function unpackCases(p: PackedCases): WorklistLineCase[] {
  const out: WorklistLineCase[] = [];
  const { texts: t, numbers: n, stepTexts: st, stepNumbers: sn } = p;
  let ti = 0;
  let ni = 0;
  let si = 0;
  let sj = 0;
  for (let k = 0; k < p.count; k++) {
    const steps: WorklistLineStep[] = [];
    const stepCount = n[ni + 2] as number;
    for (let s = 0; s < stepCount; s++) {
      const step: WorklistLineStep = {
        team: st[si] as string,
        channel: st[si + 1] as string,
        attempts: sn[sj] as number,
      };
      si += 2;
      if (sn[sj + 2] === 1) step.spacingDays = sn[sj + 1] as number;
      const parts = sn[sj + 3] as number;
      if (parts >= 0) {
        step.partsOfDay = st.slice(si, si + parts);
        si += parts;
      }
      sj += 4;
      steps.push(step);
    }
    out.push({
      caseId: t[ti] as string,
      priority: n[ni] as number,
      bucket: t[ti + 1] as string,
      deadline: t[ti + 2] as string,
      deadlinePassed: n[ni + 1] === 1,
      steps,
      names: t[ti + 3] as string,
      householdKey: t[ti + 4] as string,
      city: t[ti + 5] as string,
      phone: t[ti + 6] as string,
      email: t[ti + 7] as string,
      signals: t[ti + 8] as string,
      total: t[ti + 9] as string,
      explanation: '',
    });
    ti += 10;
    ni += 3;
  }
  return out;
}
