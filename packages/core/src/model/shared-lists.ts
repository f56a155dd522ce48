// Lists a month's objects keep that are one of a few values: one frozen object for each value,
// shared by every object that holds it (issue 14; docs/performance.md, "Twenty-fourth round"). A
// national month held ~305,000 empty arrays — a case's `issues`, its `matchPartnersFromPreviousMonth`,
// intake's `reasons` of a signal and of a case, routing's declared teams twice per case — and some
// 185,000 lists of sectors and kinds (a case's totals, its routing facts), each with a second object
// for its elements: every one a heap object for each collection to copy or visit, for a value of
// which a month has a few dozen. Shared lists are frozen, so that no one can change one for
// everyone (a `push` or `sort` on it throws). Internal to core (not exported from the package); the
// fields that hold them say so in their TSDoc.

/**
 * The one empty list: frozen, typed as a mutable list of anything (`never[]`) so that it can stand
 * for the empty value of any list field (a `push` on it throws a `TypeError`).
 *
 * @example
 * ```ts
 * import { EMPTY_LIST } from './shared-lists';
 * const teams: readonly string[] = EMPTY_LIST; // no teams declared
 * Object.isFrozen(EMPTY_LIST); // true
 * ```
 */
export const EMPTY_LIST: never[] = Object.freeze([]) as unknown as never[];

/**
 * `list` as a month's object keeps it: {@link EMPTY_LIST} when it is empty, else `list` itself (not
 * a copy). For a list that its maker filled and will not touch again.
 *
 * @example
 * ```ts
 * import { EMPTY_LIST, keptList } from './shared-lists';
 * keptList([]) === EMPTY_LIST; // true: any empty list becomes the shared one
 * const reasons = ['a'];
 * keptList(reasons) === reasons; // true: a filled list is kept as it is
 * ```
 */
export function keptList<T>(list: T[]): T[] {
  return list.length === 0 ? EMPTY_LIST : list;
}

/** The most values a vocabulary of {@link subsetLists} may have (project default: 2^10 lists at most). */
const MOST_VALUES = 10;

/**
 * A maker of the shared lists of a small vocabulary's subsets. The maker gives, for the values
 * `seen` (in any order, repeated or not), the frozen list of those values in the vocabulary's order
 * — the same list object for the same subset, made once; none: {@link EMPTY_LIST} — or `undefined` when a value is not in the
 * vocabulary (the caller then makes its own list, as it did before). No list or text is made per
 * call: the subset is a number, one bit per value. Throws for a vocabulary of more than ten values
 * or with a value twice (a mistake in the code, not in data).
 *
 * @example
 * ```ts
 * import { subsetLists } from './shared-lists';
 * const sectorsOf = subsetLists(['rent', 'energy', 'water']);
 * const a = sectorsOf(['water', 'rent', 'water']); // ['rent', 'water']: the vocabulary's order
 * a === sectorsOf(['rent', 'water']); // true: one list per subset
 * sectorsOf(['rent', 'gas']); // undefined: 'gas' is not in the vocabulary
 * ```
 */
export function subsetLists<T extends string>(
  vocabulary: readonly T[],
): (seen: readonly string[]) => T[] | undefined {
  if (vocabulary.length > MOST_VALUES) throw new Error(`subsetLists: at most ${MOST_VALUES} values`);
  if (new Set(vocabulary).size !== vocabulary.length) throw new Error('subsetLists: a value twice');
  const values = [...vocabulary];
  const lists: (T[] | undefined)[] = new Array(1 << values.length).fill(undefined);
  lists[0] = EMPTY_LIST;
  return (seen) => {
    let mask = 0;
    for (let i = 0; i < seen.length; i++) {
      const at = values.indexOf(seen[i] as T);
      if (at < 0) return undefined;
      mask |= 1 << at;
    }
    const found = lists[mask];
    if (found) return found;
    const made = Object.freeze(values.filter((_, i) => (mask & (1 << i)) !== 0)) as T[];
    lists[mask] = made;
    return made;
  };
}

/** Whether two lists hold the same texts in the same order (a loop: no closure per routed case). */
function sameTexts(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The most lists a maker of {@link internedLists} keeps (project default); past it, copies. */
const MOST_INTERNED = 1024;

/**
 * A maker of shared lists of texts: for a list it has seen before (the same texts in the same
 * order), the same frozen list; else a frozen copy of it, kept for next time — up to 1,024 lists,
 * after which it gives a fresh (unfrozen) copy, as a caller without it would make. For lists of a
 * few texts from a small set, such as the ids of the rules a case selected.
 *
 * @example
 * ```ts
 * import { internedLists } from './shared-lists';
 * const ruleIdsOf = internedLists();
 * const selected = ['R1', 'R4'];
 * const a = ruleIdsOf(selected); // ['R1', 'R4'], frozen, not `selected` itself
 * a === ruleIdsOf(['R1', 'R4']); // true
 * ruleIdsOf([]); // the one empty list (EMPTY_LIST)
 * ```
 */
export function internedLists(): (list: readonly string[]) => string[] {
  const kept = new Map<string, string[]>();
  return (list) => {
    if (list.length === 0) return EMPTY_LIST;
    // the key is a hint (a text may hold the separator): a hit is compared value by value
    const key = list.length === 1 ? (list[0] as string) : list.join('\n');
    const found = kept.get(key);
    if (found && sameTexts(found, list)) return found;
    if (found || kept.size >= MOST_INTERNED) return [...list];
    const made = Object.freeze([...list]) as string[];
    kept.set(key, made);
    return made;
  };
}
