// plainRecords (issue 14, twenty-third round): its objects are plain objects by every test a caller
// can make, and V8 keeps their properties in the object itself — checked in a heap snapshot of a
// child process, against objects built from `{}` the same way (which do get a second store).
import { execFileSync } from 'node:child_process';
import { inspect, isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PLAIN_RECORD_ROOM, plainRecords, withSection } from './plain-record';

describe('plainRecords', () => {
  const make = plainRecords(6);

  it('makes objects no test tells from literals', () => {
    const o = make();
    o.initials = 'J.';
    o.surname = 'Jansen';
    const literal = { initials: 'J.', surname: 'Jansen' };
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
    expect(o.constructor).toBe(Object);
    expect(Object.prototype.toString.call(o)).toBe('[object Object]');
    expect(o).toStrictEqual(literal);
    expect(isDeepStrictEqual(o, literal)).toBe(true);
    expect(JSON.stringify(o)).toBe(JSON.stringify(literal));
    expect(inspect(o)).toBe(inspect(literal));
    expect(structuredClone(o)).toStrictEqual(literal);
    expect(Object.keys({ ...o })).toEqual(['initials', 'surname']);
  });

  it('makes a fresh empty object each time, and one maker per call', () => {
    const a = make();
    a.x = 1;
    expect(make()).toStrictEqual({});
    expect(Object.keys(a)).toEqual(['x']);
    expect(plainRecords(2)).not.toBe(make);
  });

  it('takes any room without failing: none, negative, not a number, past the most (cut to it)', () => {
    for (const room of [0, -3, Number.NaN, Number.POSITIVE_INFINITY, PLAIN_RECORD_ROOM * 10]) {
      const o = plainRecords(room)();
      expect(o).toStrictEqual({});
      o.k = 1;
      expect(JSON.stringify(o)).toBe('{"k":1}');
    }
  });

  it('keeps up to `room` properties in the object itself, where `{}` keeps four', () => {
    // the function's own source, run in a fresh process that counts out-of-object stores
    const script = `
      const PLAIN_RECORD_ROOM = ${PLAIN_RECORD_ROOM};
      const UNREACHABLE = Symbol('never');
      ${plainRecords.toString()}
      const v8 = require('node:v8');
      const kept = [];
      // the first objects small: the room must come from plainRecords' own first object, not from them
      const build = (o, i) => { for (let k = 0; k < (i < 10 ? 3 : 12); k++) if (k % 4 !== 1 || i % 3 === 0) o['k' + k] = 'v' + i; return o; };
      const make = plainRecords(12);
      for (let i = 0; i < 300; i++) kept.push(build(make(), i), build({}, i));
      const snap = JSON.parse(require('node:fs').readFileSync(v8.writeHeapSnapshot(process.argv[1]), 'utf8'));
      const { node_fields: nf, edge_fields: ef, node_types: [types] } = snap.snapshot.meta;
      const N = nf.length, E = ef.length, { nodes, edges, strings } = snap;
      const stores = { PlainRecord: 0, Object: 0, objects: 0 };
      for (let i = 0, e = 0; i < nodes.length; i += N) {
        const count = nodes[i + nf.indexOf('edge_count')];
        const name = strings[nodes[i + nf.indexOf('name')]];
        if (types[nodes[i + nf.indexOf('type')]] === 'object' && (name === 'PlainRecord' || name === 'Object')) {
          let keys = 0, store = false;
          for (let k = e; k < e + count; k++) {
            const to = edges[k * E + ef.indexOf('to_node')];
            if (/^k[0-9]+$/.test(strings[edges[k * E + ef.indexOf('name_or_index')]] ?? '')) keys++;
            if (strings[nodes[to + nf.indexOf('name')]] === 'system / PropertyArray') store = true;
          }
          if (keys >= 9) { stores.objects++; if (store) stores[name]++; }
        }
        e += count;
      }
      require('node:fs').unlinkSync(process.argv[1]);
      console.log(JSON.stringify(stores));
    `;
    const file = `${process.env.TMPDIR ?? '/tmp'}/plain-record-${process.pid}.heapsnapshot`;
    const out = execFileSync(process.execPath, ['-e', script, file], { encoding: 'utf8' });
    const stores = JSON.parse(out) as { PlainRecord: number; Object: number; objects: number };
    expect(stores.objects).toBe(580); // both kinds of object found, with their keys
    expect(stores.Object).toBe(290); // built from `{}`: a second store each
    expect(stores.PlainRecord).toBe(0); // from the maker: none
  });
});

describe('withSection', () => {
  const make = plainRecords(4);

  it('is the spread: keys in order, a key it has replaced where it stands', () => {
    const j = { caseId: 'c1', match: { m: 1 } };
    expect(withSection(make, j, 'intake', 1)).toStrictEqual({ ...j, intake: 1 });
    const again = withSection(make, { caseId: 'c1', intake: 0, match: 2 }, 'intake', 1);
    expect(Object.keys(again)).toEqual(['caseId', 'intake', 'match']);
    expect(again.intake).toBe(1);
  });

  it('keeps an own `__proto__` key a key (as a spread does), not a prototype', () => {
    const parsed = JSON.parse('{"caseId":"c1","__proto__":{"polluted":true}}') as object;
    const o = withSection(make, parsed, 'route', 2);
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
    expect(Object.keys(o)).toEqual(['caseId', '__proto__', 'route']);
    expect((o as { polluted?: boolean }).polluted).toBeUndefined();
  });
});
