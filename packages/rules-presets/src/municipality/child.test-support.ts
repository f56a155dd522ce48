// A test preset that copies type-small (`my-town`), shared by the loader's test files.

/** A `my-town` preset extending type-small, with `over` merged in at the top level. */
export const child = (over: Record<string, unknown> = {}) => ({
  id: 'my-town',
  extends: 'type-small',
  label: { nl: 'Mijn gemeente', en: 'My town' },
  ...over,
});
