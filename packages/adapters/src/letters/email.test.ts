import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { emailHtml, emailMessage } from './email';

const INPUT = {
  from: { name: 'Gemeente Voorbeeldstad', address: 'geldzorgen@voorbeeldstad.example' },
  to: 'm.celik@example.net',
  subject: 'Belangrijk: een bericht van Gemeente Voorbeeldstad – één',
  text: '# Hulp bij geldzorgen\n\nBeste M. Çelik,\n\nU heeft een achterstand van € 1.234,56 <b>.\n\nZie https://www.voorbeeldstad.example/geldzorgen.',
  reference: '2026-10-0001',
  date: new Date('2026-11-02T08:00:00Z'),
  lang: 'nl',
};

describe('emailMessage (issue 15)', () => {
  it('is an RFC 5322 message with a plain-text and an HTML part that parse back', async () => {
    const raw = await emailMessage(INPUT);
    const mail = await PostalMime.parse(raw);
    expect(mail.from).toMatchObject({
      name: 'Gemeente Voorbeeldstad',
      address: 'geldzorgen@voorbeeldstad.example',
    });
    expect(mail.to?.map((t) => t.address)).toEqual(['m.celik@example.net']);
    expect(mail.subject).toBe(INPUT.subject);
    expect(new Date(mail.date ?? '').toISOString()).toBe('2026-11-02T08:00:00.000Z');
    expect(mail.messageId).toMatch(/^<[0-9a-f]{32}@voorbeeldstad\.example>$/);
    expect(mail.text).toContain('Beste M. Çelik,');
    expect(mail.text).toContain('€ 1.234,56 <b>.');
    expect(mail.text).not.toContain('# ');
    expect(mail.html).toContain('<h1 style="font-size:1.3em">Hulp bij geldzorgen</h1>');
    expect(mail.html).toContain('€ 1.234,56 &lt;b&gt;.');
    expect(mail.html).toContain('<a href="https://www.voorbeeldstad.example/geldzorgen">');
  });

  it('encodes Dutch characters by MIME: 7-bit headers and quoted-printable UTF-8 bodies', async () => {
    const text = Buffer.from(await emailMessage(INPUT)).toString('latin1');
    expect(text).toMatch(/^Content-Type: multipart\/alternative;/m);
    expect(text).toMatch(/^Subject: =\?UTF-8\?Q\?/m);
    expect(text.match(/Content-Type: text\/(plain|html); charset=utf-8/g)).toHaveLength(2);
    expect(text.match(/Content-Transfer-Encoding: quoted-printable/g)).toHaveLength(2);
    // every byte is 7-bit: nothing is sent raw
    expect([...text].every((c) => c.charCodeAt(0) < 128)).toBe(true);
    expect(text).toContain('=C3=87elik'); // Ç
  });

  it('is the same bytes for the same input (a run again overwrites nothing with something else)', async () => {
    expect(Buffer.from(await emailMessage(INPUT)).equals(Buffer.from(await emailMessage(INPUT)))).toBe(true);
    const other = await emailMessage({ ...INPUT, reference: '2026-10-0002' });
    expect(Buffer.from(other).equals(Buffer.from(await emailMessage(INPUT)))).toBe(false);
  });

  it('escapes every text in the HTML part', () => {
    expect(emailHtml('<script>alert(1)</script> & "x"', 'nl')).toContain(
      '&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;',
    );
  });
});
