import { readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';

// One entry per concept folder of src/ (criteria, lifecycle, municipality), beside the root entry. Each
// becomes a subpath export `@signaalreis/rules-presets/<concept>` (package.json "exports"; the test
// scripts/package-exports.test.ts keeps both lists equal). Code shared between entries goes into
// chunks, in ESM and CJS alike (`splitting`), so a subpath carries only what it needs and the
// root and a subpath share one copy of every module (one cache, one class identity).
const concepts = readdirSync(new URL('./src', import.meta.url), { withFileTypes: true })
  .filter(
    (d) => d.isDirectory() && readdirSync(new URL(`./src/${d.name}`, import.meta.url)).includes('index.ts'),
  )
  .map((d) => d.name);

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    ...Object.fromEntries(concepts.map((c) => [`${c}/index`, `src/${c}/index.ts`])),
  },
  format: ['esm', 'cjs'],
  splitting: true,
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
});
