// Extracts the TypeScript code of every `@example` in the TSDoc of the packages' source files, so
// that a test can type-check each one as a module of its own (issue 10: examples are checked).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One `@example` code block: where it is, and its code. */
export interface ExampleBlock {
  /** `packages/core/src/model/money.ts#3` — the file and the block's number in it. */
  id: string;
  file: string;
  /** 1-based line of the opening fence in the file. */
  line: number;
  code: string;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'test-support' && name !== 'node_modules') out.push(...sourceFiles(path));
    } else if (name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.includes('test-support')) {
      out.push(path);
    }
  }
  return out;
}

/** Every `@example` block of every non-test source file under `packages/<pkg>/src`. */
export function extractExamples(root: string, packages: readonly string[]): ExampleBlock[] {
  const blocks: ExampleBlock[] = [];
  for (const pkg of packages) {
    for (const file of sourceFiles(join(root, 'packages', pkg, 'src'))) {
      const text = readFileSync(file, 'utf8');
      const lines = text.split('\n');
      let n = 0;
      for (let i = 0; i < lines.length; i++) {
        if (!/^\s*\*\s*@example\b/.test(lines[i] ?? '')) continue;
        // the fenced block after the tag, inside the same comment
        let j = i + 1;
        while (j < lines.length && !/^\s*\*\s*```/.test(lines[j] ?? '') && !/\*\//.test(lines[j] ?? '')) j++;
        if (!/^\s*\*\s*```(ts|typescript)?\s*$/.test(lines[j] ?? '')) continue;
        const start = j;
        const code: string[] = [];
        for (j = j + 1; j < lines.length && !/^\s*\*\s*```\s*$/.test(lines[j] ?? ''); j++) {
          code.push((lines[j] ?? '').replace(/^\s*\* ?/, ''));
        }
        n += 1;
        const rel = relative(root, file);
        blocks.push({ id: `${rel}#${n}`, file: rel, line: start + 1, code: code.join('\n') });
      }
    }
  }
  return blocks;
}
