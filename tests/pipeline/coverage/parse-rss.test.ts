import { describe, expect, it } from 'vitest';
import { decodeFeedBytes } from '../../../src/pipeline/coverage/decode-feed';
import { parseGoogleNewsRss } from '../../../src/pipeline/coverage/parse-rss';
import { NEWS_FIXTURES } from '../../fixtures/api/news';

const rss = (items: string, decl = '<?xml version="1.0" encoding="UTF-8"?>') =>
  `${decl}<rss version="2.0"><channel><title>t</title>${items}</channel></rss>`;
const item = (title: string, extra = '', link = 'https://example.org/a') =>
  `<item><title>${title}</title><link>${link}</link><pubDate>Wed, 07 Sep 2022 10:00:00 GMT</pubDate>${extra}</item>`;

describe('parseGoogleNewsRss on a recorded-format Google News feed', () => {
  const items = parseGoogleNewsRss(NEWS_FIXTURES.googleNews())!;

  it('reads every item, with the outlet suffix removed from titles', () => {
    expect(items).toHaveLength(6);
    expect(items[0]).toMatchObject({
      title: 'Putin, Xi to meet in Uzbekistan in first in-person talks since Ukraine invasion',
      outlet: 'CNN',
      country: 'United States',
      publishedAt: '2022-09-07T11:21:00.000Z',
      source: 'googleNews',
    });
  });

  it('unwraps old-style links to the publisher URL and keeps new opaque ones as feed links', () => {
    expect(items[0]).toMatchObject({
      url: 'https://edition.cnn.com/2022/09/07/world/putin-xi-meeting-uzbekistan-intl/index.html',
      direct: true,
      domain: 'cnn.com',
    });
    const aje = items.find((i) => i.outlet === 'Al Jazeera')!;
    expect(aje.direct).toBe(false);
    expect(aje.url).toMatch(/^https:\/\/news\.google\.com\/rss\/articles\/CBMi/);
    // The outlet still comes from <source url=…>.
    expect(aje.domain).toBe('aljazeera.com');
    expect(aje.country).toBe('Qatar');
  });

  it('keeps CDATA text literally and decodes entities once ("&", ’ and quotes)', () => {
    expect(items.map((i) => i.title)).toContain('Putin & Xi: what to expect when the leaders meet in Samarkand');
    expect(items.map((i) => i.title)).toContain(
      'Kremlin’s Ushakov: Putin, Xi to discuss "key issues" at SCO summit in Samarkand',
    );
    expect(items.map((i) => i.title)).toContain(
      "Xi's first trip abroad since 2020 puts Samarkand summit with Putin in focus",
    );
  });

  it('turns the escaped-HTML description into plain text', () => {
    expect(items[0]!.snippet).toBe(
      'Putin, Xi to meet in Uzbekistan in first in-person talks since Ukraine invasion - CNN CNN',
    );
    for (const i of items) expect(i.snippet ?? '').not.toMatch(/<|&nbsp;|&lt;/);
  });
});

describe('parseGoogleNewsRss on odd and hostile input', () => {
  it.each([
    ['an HTML consent page', NEWS_FIXTURES.googleConsent()],
    ['JSON', '{"articles": []}'],
    ['truncated XML', rss(item('Half')).slice(0, 80)],
    [
      'a feed cut off in the middle of its items',
      NEWS_FIXTURES.googleNews().slice(0, Math.floor(NEWS_FIXTURES.googleNews().length / 2)),
    ],
    ['an empty string', ''],
  ])('returns null for %s', (_why, text) => {
    expect(parseGoogleNewsRss(text)).toBeNull();
  });

  it('returns [] for a feed without items', () => {
    expect(parseGoogleNewsRss(NEWS_FIXTURES.googleNewsEmpty())).toEqual([]);
  });

  it('does not expand DOCTYPE entities (billion laughs)', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><rss version="2.0"><channel>${item('Boom &c; end')}</channel></rss>`;
    const items = parseGoogleNewsRss(bomb);
    expect(items?.[0]?.title.length ?? 0).toBeLessThan(40);
  });

  it('keeps markup in titles as text, never as elements', () => {
    const items = parseGoogleNewsRss(rss(item('&lt;img src=x onerror=alert(1)&gt; Putin')))!;
    expect(items[0]!.title).toBe('<img src=x onerror=alert(1)> Putin');
  });

  it('skips items without a usable link or title, and reads numeric, hex and named references', () => {
    const items = parseGoogleNewsRss(
      rss(
        item('&#80;&#x75;tin &eacute;t&eacute; &amp;amp; Xi') +
          '<item><title>No link</title></item>' +
          '<item><title></title><link>https://example.org/b</link></item>' +
          '<item><title>Bad link</title><link>javascript:alert(1)</link></item>',
      ),
    )!;
    expect(items.map((i) => i.title)).toEqual(['Putin été & Xi']);
  });

  it('leaves unparseable dates empty', () => {
    const items = parseGoogleNewsRss(
      rss('<item><title>Undated</title><link>https://example.org/c</link><pubDate>someday</pubDate></item>'),
    )!;
    expect(items[0]!.publishedAt).toBeNull();
  });
});

describe('decodeFeedBytes', () => {
  const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
  it.each([
    [
      'ISO-8859-1 declared in the XML',
      latin1('<?xml version="1.0" encoding="ISO-8859-1"?><rss><t>Macron \u00e0 Samarcande, caf\u00e9</t></rss>'),
      null,
      'Macron à Samarcande, café',
    ],
    [
      'windows-1251 declared in the XML',
      Uint8Array.from([
        ...latin1('<?xml version="1.0" encoding="windows-1251"?><t>'),
        0xcf,
        0xf3,
        0xf2,
        0xe8,
        0xed,
        ...latin1('</t>'),
      ]),
      null,
      'Путин',
    ],
    [
      'charset only in the HTTP header',
      latin1('<rss><t>S\u00e3o Paulo</t></rss>'),
      'application/xml; charset=iso-8859-1',
      'São Paulo',
    ],
    [
      'a UTF-8 byte-order mark',
      new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<rss><t>Си Цзиньпин</t></rss>')]),
      null,
      'Си Цзиньпин',
    ],
    [
      'UTF-16LE with its BOM',
      new Uint8Array([
        0xff,
        0xfe,
        ...[...'<t>Xi 习近平</t>'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
      ]),
      null,
      'Xi 习近平',
    ],
    [
      'an unknown declared encoding (falls back to UTF-8)',
      new TextEncoder().encode('<?xml version="1.0" encoding="x-bogus"?><t>Kyiv – Київ</t>'),
      null,
      'Kyiv – Київ',
    ],
  ])('%s', (_why, bytes, contentType, expected) => {
    expect(decodeFeedBytes(bytes, contentType)).toContain(expected);
  });

  it('parses a real-format feed served in ISO-8859-1 end to end', () => {
    const xml = rss(
      item(
        'Macron re\u00e7oit Xi \u00e0 Paris - Le Monde',
        '<source url="https://www.lemonde.fr">Le Monde</source>',
        'https://www.lemonde.fr/international/article/2024/05/06/x.html',
      ),
      '<?xml version="1.0" encoding="ISO-8859-1"?>',
    );
    const items = parseGoogleNewsRss(decodeFeedBytes(latin1(xml)))!;
    expect(items[0]).toMatchObject({ title: 'Macron reçoit Xi à Paris', outlet: 'Le Monde', country: 'France' });
  });
});
