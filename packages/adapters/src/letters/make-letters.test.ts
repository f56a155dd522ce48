import { describe, expect, it } from 'vitest';
import { AT, CONTACT, letterCase, lettersInput, signalOf } from './fixtures.test-support';
import { makeLetters } from './make-letters';
import { lettersFiles } from './outputs';

const ALL = [
  { channel: 'letter', team: 'municipality', attempts: 1 },
  { channel: 'card', team: 'municipality', attempts: 1 },
  { channel: 'email', team: 'municipality', attempts: 1 },
  { channel: 'sms', team: 'municipality', attempts: 1 },
];
const CREDITOR = 'Woonstichting De Linde';
const AMOUNT = '1.234,56';

describe('makeLetters: privacy (issue 15)', () => {
  it('names the creditor and amount in the letter and the e-mail body only — never on a card, an SMS or a subject', async () => {
    for (const situation of [{}, { isMatch: true }, { intakeOutcome: 'crisis' }, { reached: false }]) {
      const made = makeLetters(await lettersInput([letterCase({ plan: ALL, ...situation })]));
      expect(made.items.map((x) => x.channel)).toEqual(['letter', 'card', 'email', 'sms']);
      const [letter, card, email, sms] = made.items;
      expect(letter?.text).toContain(CREDITOR);
      expect(letter?.text).toContain(AMOUNT);
      for (const open of [card?.text, sms?.text, email?.subject]) {
        expect(open).not.toContain(CREDITOR);
        expect(open).not.toContain(AMOUNT);
        expect(open).not.toContain('€');
      }
    }
  });

  it('writes only to the household address of the signal: a signal at another address gives no contact data', async () => {
    const c = letterCase({ plan: ALL });
    const made = makeLetters(await lettersInput([c], { signals: [signalOf(c, { postcode: '7412CD' })] }));
    expect(made.items).toEqual([]);
    expect(made.skipped.map((s) => [s.channel, s.reason])).toEqual([
      ['letter', 'no-address'],
      ['card', 'no-address'],
      ['email', 'no-email'],
      ['sms', 'no-mobile'],
    ]);
  });

  it('skips with a reason: no city, no e-mail, a landline, an SMS over the most parts', async () => {
    const c = letterCase({ plan: ALL });
    const made = makeLetters(
      await lettersInput([c], { signals: [signalOf(c, { city: '', email: '', phone: '+31201234567' })] }),
    );
    expect(made.skipped.map((s) => s.reason)).toEqual(['no-address', 'no-address', 'no-email', 'no-mobile']);
    const long = makeLetters(
      await lettersInput([c], { smsMaxParts: 1, signals: [signalOf(c, { surname: 'Şahin-'.repeat(12) })] }),
    );
    expect(long.skipped).toEqual([{ caseId: c.caseId, channel: 'sms', reason: 'sms-too-long' }]);
    expect(long.items.map((x) => x.channel)).toEqual(['letter', 'card', 'email']);
  });

  it('records one attempt per output (Brief, Kaartje, Mail, SMS/Whatsapp) — and not again when run again', async () => {
    const c = letterCase({ plan: ALL });
    const made = makeLetters(await lettersInput([c]));
    const record = made.records.get(c.caseId)?.record;
    expect(record?.attempts.map((a) => [a.kind, a.reached, a.date])).toEqual([
      ['Brief', false, AT],
      ['Kaartje', false, AT],
      ['Mail', false, AT],
      ['SMS/Whatsapp', false, AT],
    ]);
    const again = makeLetters(await lettersInput([{ ...c, record }]));
    expect(again.items.map((x) => [x.channel, x.records, x.situation])).toEqual(
      made.items.map((x) => [x.channel, false, x.situation]),
    );
    expect(again.records.size).toBe(0);
  });

  it('an invalid case is skipped with its problem, the others go on', async () => {
    const good = letterCase({ id: '2026-10-0002' });
    const bad = {
      ...letterCase(),
      plan: [{ channel: 'pigeon', team: 'municipality', attempts: 1 }],
    } as never;
    const made = makeLetters(await lettersInput([bad, good], { signals: [signalOf(good)] }));
    expect(made.skipped).toEqual([{ caseId: '2026-10-0001', reason: 'invalid-case' }]);
    expect(made.problems[0]?.path.slice(0, 3)).toEqual(['cases', 0, 'plan']);
    expect(made.items.map((x) => x.caseId)).toEqual(['2026-10-0002']);
  });
});

describe('lettersFiles: no personal data in names, manifest or summary', () => {
  it('names files by case id, and the manifest and skipped.csv hold ids, channels and reasons only', async () => {
    const cases = [letterCase({ plan: ALL }), letterCase({ id: '2026-10/7411AB 12', plan: ALL })];
    const made = makeLetters(await lettersInput(cases, { signals: cases.map((c) => signalOf(c)) }));
    const { files } = await lettersFiles(made, { month: '2026-10', at: AT, lang: 'nl', contact: CONTACT });
    const names = [...files.keys()];
    expect(names).toContain('letter-2026-10-0001.pdf');
    // an id of the older form holds an address (month/household key): it is no file name
    expect(names).toContain('letter-case-0002.pdf');
    for (const personal of ['Çelik', 'celik', '7411', '612345678', 'example.net'])
      for (const n of names) expect(n).not.toContain(personal);
    const text = `${files.get('letters.json')}${files.get('skipped.csv')}`;
    for (const personal of ['Çelik', '612345678', 'example.net', 'Huisnummer'])
      expect(text).not.toContain(personal);
    expect(String(files.get('sms.csv'))).toMatch(/^phone,text\n31612345678,"?Beste M\. Çelik/);
  });

  it('skipped.csv is for the officer: Dutch titles and channels by label, English with lang en; the reason code beside its words', async () => {
    // seen: `case_id,channel,reason,explanation` and `email` in a Dutch run's skipped.csv
    const c = letterCase({ plan: ALL });
    const made = makeLetters(
      await lettersInput([c], { signals: [signalOf(c, { city: '', email: '', phone: '+31201234567' })] }),
    );
    const csv = async (lang: 'nl' | 'en') =>
      String(
        (await lettersFiles(made, { month: '2026-10', at: AT, lang, contact: CONTACT })).files.get(
          'skipped.csv',
        ),
      );
    const nl = await csv('nl');
    expect(nl.split('\n')[0]).toBe('Casus,Kanaal,Reden,Toelichting');
    expect(nl).toMatch(/^2026-10-0001,brief,no-address,/m);
    expect(nl).toMatch(/^2026-10-0001,e-mail,no-email,/m);
    expect(nl).toMatch(/^2026-10-0001,sms,no-mobile,/m);
    expect(nl).not.toMatch(/,(letter|card|email),/);
    const en = await csv('en');
    expect(en.split('\n')[0]).toBe('case_id,channel,reason,explanation');
    expect(en).toMatch(/^2026-10-0001,letter,no-address,/m);
    expect(en).toMatch(/^2026-10-0001,SMS,no-mobile,/m);
  });

  it('orders the print room PDF by postcode', async () => {
    const a = letterCase({ id: '2026-10-0001', householdKey: '7500AA 1' });
    const b = letterCase({ id: '2026-10-0002' });
    const made = makeLetters(
      await lettersInput([a, b], {
        signals: [signalOf(a, { postcode: '7500AA' }), signalOf(b)].map((s, i) =>
          i === 0 ? { ...s, address: { ...s.address, houseNumber: 1 } } : s,
        ),
      }),
    );
    const { manifest } = await lettersFiles(made, { month: '2026-10', at: AT, lang: 'nl', contact: CONTACT });
    expect((manifest.printOrder as { letter: string[] }).letter).toEqual(['2026-10-0002', '2026-10-0001']);
  });
});

describe('makeLetters: the street from a street file (BAG extract)', () => {
  it('writes "street number" in the address block for an address the file knows, "Huisnummer" otherwise', async () => {
    const known = letterCase({ plan: ALL });
    const other = letterCase({ id: '2026-10-0002', householdKey: '7412AB 12', plan: ALL });
    const signals = [signalOf(known), signalOf(other, { postcode: '7412AB' })];
    const streets = new Map([['7411AB 12', { street: 'Kerkstraat', city: 'Deventer' }]]);
    const made = makeLetters(await lettersInput([known, other], { signals, streets }));
    const letterOf = (id: string) => made.items.find((x) => x.caseId === id && x.channel === 'letter');
    expect(letterOf('2026-10-0001')?.address?.[1]).toBe('Kerkstraat 12');
    expect(letterOf('2026-10-0002')?.address?.[1]).toBe('Huisnummer 12');
  });

  it('takes the city from the street file when the signals give none', async () => {
    const c = letterCase({ plan: ALL });
    const signals = [signalOf(c, { city: '' })];
    const without = makeLetters(await lettersInput([c], { signals }));
    expect(without.skipped.some((s) => s.reason === 'no-address')).toBe(true);
    const streets = new Map([['7411AB 12', { street: 'Kerkstraat', city: 'Deventer' }]]);
    const made = makeLetters(await lettersInput([c], { signals, streets }));
    const letter = made.items.find((x) => x.channel === 'letter');
    expect(letter?.address?.slice(1)).toEqual(['Kerkstraat 12', '7411 AB  DEVENTER']);
  });
});
