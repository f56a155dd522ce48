// Type-checks example blocks as modules of their own, against the packages' sources (the root
// tsconfig's paths), in one TypeScript program.
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';
import type { ExampleBlock } from './extract';

/** The compiler's complaints about one example, as `line: message` (lines of the example). */
export interface ExampleDiagnostics {
  id: string;
  errors: string[];
}

/**
 * Each example lives (virtually) beside its source file, so that it resolves that package's
 * dependencies and an example of an internal helper can import it relatively (`'./compiled'`).
 */
const virtualName = (root: string, block: ExampleBlock, i: number) =>
  join(root, dirname(block.file), `.example-${i}.ts`);

/** Type-checks every block; returns the blocks with errors. */
export function typecheckExamples(root: string, blocks: readonly ExampleBlock[]): ExampleDiagnostics[] {
  const config = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const options: ts.CompilerOptions = { ...parsed.options, noEmit: true, types: ['node'] };
  const files = new Map<string, string>();
  blocks.forEach((b, i) => {
    files.set(resolve(virtualName(root, b, i)), `${b.code}\nexport {};\n`);
  });
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version, onError, create) => {
    const text = files.get(resolve(name));
    return text === undefined
      ? getSourceFile(name, version, onError, create)
      : ts.createSourceFile(name, text, version, true);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => files.has(resolve(name)) || fileExists(name);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => files.get(resolve(name)) ?? readFile(name);
  const program = ts.createProgram([...files.keys()], options, host);
  const out: ExampleDiagnostics[] = [];
  blocks.forEach((b, i) => {
    const sf = program.getSourceFile(resolve(virtualName(root, b, i)));
    if (!sf) return;
    const diags = [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)];
    if (diags.length === 0) return;
    out.push({
      id: b.id,
      errors: diags.map((d) => {
        const at = d.start === undefined ? 0 : sf.getLineAndCharacterOfPosition(d.start).line + 1;
        return `${at}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
      }),
    });
  });
  return out;
}
