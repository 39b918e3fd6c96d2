import { describe, expect, it } from 'vitest';
import { unwrapGoogleNewsLink } from '../../../src/pipeline/coverage/google-news-link';

// Ids in Google's formats: before July 2024 the protobuf carried the URL (Rob--W/dont-track-me-google#56); newer
// ids ("AU_yqL…") carry a token only.
const T_ONLINE =
  'CBMihQFodHRwczovL3d3dy50LW9ubGluZS5kZS9uYWNocmljaHRlbi91a3JhaW5lL2lkXzEwMDMxMDYxNi91a3JhaW5lLWtyaWVnLXJ1c3NsYW5kLXdlbGNoZXMtemllbC12ZXJmb2xndC1wdXRpbi1taXQtZGVtLWx1ZnRhbmdyaWZmLS5odG1s0gEA';

describe('unwrapGoogleNewsLink', () => {
  it.each([
    [
      `https://news.google.com/rss/articles/${T_ONLINE}?oc=5`,
      'https://www.t-online.de/nachrichten/ukraine/id_100310616/ukraine-krieg-russland-welches-ziel-verfolgt-putin-mit-dem-luftangriff-.html',
      true,
    ],
    [
      `https://news.google.com/articles/${T_ONLINE}?hl=de&gl=DE&ceid=DE%3Ade`,
      'https://www.t-online.de/nachrichten/ukraine/id_100310616/ukraine-krieg-russland-welches-ziel-verfolgt-putin-mit-dem-luftangriff-.html',
      true,
    ],
    [
      'https://news.google.com/rss/articles/CBMiM0FVX3lxTFB6M2tTN2IxdlF3WXRYbjBSZjhtSmNEMmFIZUd1NWlOb0w5cFZyS3NUNHhaNg?oc=5',
      'https://news.google.com/rss/articles/CBMiM0FVX3lxTFB6M2tTN2IxdlF3WXRYbjBSZjhtSmNEMmFIZUd1NWlOb0w5cFZyS3NUNHhaNg?oc=5',
      false,
    ],
    [
      'https://news.google.com/rss/articles/!!!not-base64!!!',
      'https://news.google.com/rss/articles/!!!not-base64!!!',
      false,
    ],
    ['https://news.google.com/rss/articles/CBMi', 'https://news.google.com/rss/articles/CBMi', false],
    ['https://www.reuters.com/world/x', 'https://www.reuters.com/world/x', true],
  ])('%s', (link, url, direct) => {
    expect(unwrapGoogleNewsLink(link)).toEqual({ url, direct });
  });

  it.each(['javascript:alert(1)', 'not a url', '', 'ftp://example.org/x'])('refuses %j', (link) => {
    expect(unwrapGoogleNewsLink(link)).toBeNull();
  });

  it('does not unwrap to a javascript: URL hidden in an id', () => {
    const inner = new TextEncoder().encode('javascript:alert(1)');
    const id = btoa(String.fromCharCode(0x08, 0x13, 0x22, inner.length, ...inner))
      .replace(/=+$/, '')
      .replace(/\+/g, '-')
      .replace(/\//g, '_');
    expect(unwrapGoogleNewsLink(`https://news.google.com/rss/articles/${id}`)).toMatchObject({ direct: false });
  });
});
