// The fonts of the letters and cards: DejaVu Sans (regular and bold, the npm package
// dejavu-fonts-ttf; free licence, covers every Latin letter a Dutch name may have), embedded as a
// subset in each PDF so that the text prints the same everywhere and can be copied and searched.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// In the CommonJS build tsup's shims give import.meta.url its value (tsup.config.ts).
const require = createRequire(import.meta.url);

let cache: { regular: Uint8Array; bold: Uint8Array } | undefined;

/** The TrueType bytes of DejaVu Sans and DejaVu Sans Bold (read once). */
export function fontBytes(): { regular: Uint8Array; bold: Uint8Array } {
  cache ??= {
    regular: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    bold: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
  };
  return cache;
}
