import { writeFileSync } from 'node:fs';
import { readJsonFileInParts } from './src/files/json-file-parts.ts';

for (const text of ['\uFEFFfalse', 'false', '\uFEFF[1]', '{"']) {
  writeFileSync('/tmp/dbg.json', text);
  for (const chunkBytes of [1, 1 << 16])
    console.log(
      JSON.stringify(text),
      chunkBytes,
      JSON.stringify(readJsonFileInParts('/tmp/dbg.json', { maxBytes: 1e6, open: () => false, chunkBytes })),
    );
}
