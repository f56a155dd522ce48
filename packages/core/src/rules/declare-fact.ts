// A compact way to write a fact declaration, used by the criteria and routing fact lists.
import type { FactDeclaration } from './table-types';

/**
 * A frozen {@link FactDeclaration} with English and Dutch labels (and, for enums and lists, the
 * allowed values).
 *
 * @example
 * ```ts
 * import { declareFact } from '@signaalreis/core';
 * declareFact('signalCount', 'number', 'signals', 'signalen', 'Number of signals of the case');
 * ```
 */
export function declareFact(
  name: string,
  type: FactDeclaration['type'],
  label: string,
  labelNl: string,
  description: string,
  values?: readonly string[],
): FactDeclaration {
  return Object.freeze({
    name,
    type,
    label,
    labelNl,
    description,
    ...(values ? { values: [...values] } : {}),
  });
}
