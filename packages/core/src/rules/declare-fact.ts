// A compact way to write a fact declaration, used by the criteria and routing fact lists.
import type { Bilingual } from '../model/text';
import type { FactDeclaration } from './table-types';

/**
 * A frozen {@link FactDeclaration} with its label in Dutch and English (and, for enums and lists,
 * the allowed values).
 *
 * @example
 * ```ts
 * import { declareFact } from '@signaalreis/core';
 * const count = declareFact('signalCount', 'number', { nl: 'signalen', en: 'signals' }, 'Number of signals of the case');
 * count.label?.nl; // 'signalen': explanations read "signalen (2) ≥ 2"
 * ```
 */
export function declareFact(
  name: string,
  type: FactDeclaration['type'],
  label: Bilingual,
  description: string,
  values?: readonly string[],
): FactDeclaration {
  return Object.freeze({
    name,
    type,
    label: Object.freeze({ nl: label.nl, en: label.en }),
    description,
    ...(values ? { values: [...values] } : {}),
  });
}
