import { PGlite } from '@electric-sql/pglite';
import { writeFileSync, mkdirSync } from 'node:fs';
const which = process.argv[2];
const dir = '/tmp/pgx/c-' + which;
try {
  if (which === 'garbage') { mkdirSync(dir, {recursive:true}); writeFileSync(dir + '/PG_VERSION', 'xx\n'); }
  if (which === 'control') { const fs = await import('node:fs'); fs.cpSync('/tmp/pgx/data1', dir, {recursive:true}); fs.writeFileSync(dir + '/global/pg_control', 'garbage'); }
  if (which === 'foreign') { mkdirSync(dir, {recursive:true}); writeFileSync(dir + '/notes.txt', 'hello'); }
  const t = Date.now();
  const db = await PGlite.create(dir);
  console.log('opened', Date.now()-t, (await db.query('select 1 as x')).rows);
  await db.close();
} catch (e) { console.log('caught', e?.constructor?.name, String(e).slice(0,300)); }
console.log('end');
