#!/usr/bin/env node
// Fails when an exported function, class or constant of the public API has no `@example` in its
// TSDoc: an example of how to call something teaches. Types and interfaces may go without one (their
// declaration is their documentation); where they have one it must teach. Every example is
// type-checked by scripts/examples.test.ts.
// Reads the JSON that `typedoc` writes (typedoc.json: "json": "reports/typedoc.json").
import { readFileSync } from 'node:fs';

const project = JSON.parse(readFileSync('reports/typedoc.json', 'utf8'));
const hasExample = (comment) => Boolean(comment?.blockTags?.some((t) => t.tag === '@example'));
// Kinds (typedoc ReflectionKind): 4 Namespace... we check declarations directly under a package module.
const CHECKED = new Map([
  [32, 'variable'],
  [64, 'function'],
  [128, 'class'],
  [8, 'enum'],
]);
const missing = [];
const visit = (node, where) => {
  for (const child of node.children ?? []) {
    if (child.kind === 2 || child.kind === 1) {
      visit(child, `${where}${child.name}/`);
      continue;
    }
    if (!CHECKED.has(child.kind)) continue;
    const sigs = child.signatures ?? [];
    const ok = hasExample(child.comment) || sigs.some((s) => hasExample(s.comment));
    if (!ok) missing.push(`${where}${child.name} (${CHECKED.get(child.kind)})`);
  }
};
visit(project, '');
if (missing.length > 0) {
  console.error(`check-examples: ${missing.length} exported symbol(s) without an @example:`);
  for (const m of missing) console.error(`  - ${m}`);
  process.exit(1);
}
console.log('check-examples: every exported symbol has an @example');
