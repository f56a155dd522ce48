// A delivery of one municipality split into `n` (bench/run, `--ddas`): each household's signals and
// cases moved to the levering of one of `n` synthetic municipalities (codes 1001 …, by a hash of the
// address), as a platform's national delivery holds a levering per municipality. Read a signal and a
// case at a time (readJsonFileInParts), written a levering at a time; the bench's data only.
import { createWriteStream } from 'node:fs';
import { openInDelivery } from '../../src/ddas/import-parts';
import { readJsonFileInParts } from '../../src/files/json-file-parts';

type Signal = { ID: string; client: { postcode?: string; huisnummer?: string } };
type Zaak = { vroegsignalen: { ID: string }[] };

/** FNV-1a of a text, modulo `n`. */
function bucket(text: string, n: number): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0) % n;
}

/** Writes `from` (a delivery of one levering) as `to` with `n` leveringen; the signals written. */
export async function splitDelivery(from: string, to: string, n: number): Promise<number> {
  const lists = Array.from({ length: n }, () => ({ signals: [] as string[], zaken: [] as string[] }));
  const bucketOf = new Map<string, number>();
  const read = readJsonFileInParts(from, {
    maxBytes: 2 ** 32,
    open: openInDelivery,
    hand: {
      at: (p) => p.length === 3,
      element: (p, _, value) => {
        if (p[2] === 'vroegsignalen') {
          const s = value as Signal;
          const b = bucket(`${s.client.postcode} ${s.client.huisnummer}`, n);
          bucketOf.set(s.ID, b);
          lists[b]?.signals.push(JSON.stringify(s));
        } else {
          const z = value as Zaak;
          lists[bucketOf.get(z.vroegsignalen[0]?.ID ?? '') ?? 0]?.zaken.push(JSON.stringify(z));
        }
      },
    },
  });
  if (!read.ok) throw new Error(`ddas split: ${JSON.stringify(read.issues[0])}`);
  const { leveringen, ...head } = read.value as { leveringen: { aanleverendeOrganisatie: unknown }[] };
  const out = createWriteStream(to);
  const write = (text: string) =>
    new Promise<void>((done) => (out.write(text) ? done() : out.once('drain', () => done())));
  await write(`${JSON.stringify(head).slice(0, -1)},"leveringen":[`);
  const organisation = JSON.stringify(leveringen[0]?.aanleverendeOrganisatie ?? { naam: 'Voorbeeldstad' });
  for (const [b, l] of lists.entries()) {
    await write(`${b ? ',' : ''}\n{"teller":${b + 1},"gemeentecode":"${1001 + b}",`);
    await write(`"aanleverendeOrganisatie":${organisation},"vroegsignalen":[\n${l.signals.join(',\n')}],`);
    await write(`"vroegsignaalzaken":[\n${l.zaken.join(',\n')}]}`);
    lists[b] = { signals: [], zaken: [] };
  }
  await write(']}\n');
  await new Promise<void>((done) => out.end(done));
  return bucketOf.size;
}
