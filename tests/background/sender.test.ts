import { describe, expect, it } from 'vitest';
import { senderRole } from '../../src/background/sender';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('senderRole', () => {
  it.each([
    ['the popup', { id: ID, url: `${ORIGIN}src/popup/index.html` }, 'extension-page'],
    [
      'the popup opened as a tab',
      { id: ID, url: `${ORIGIN}src/popup/index.html?tabId=4`, tab: { id: 9 }, frameId: 0 },
      'extension-page',
    ],
    ['a content script in a top frame', { id: ID, url: 'https://news.test/a', tab: { id: 4 }, frameId: 0 }, 'content'],
    ['a content script in a subframe', { id: ID, url: 'https://news.test/a', tab: { id: 4 }, frameId: 3 }, null],
    ['another extension', { id: 'zzzz', url: `chrome-extension://zzzz/popup.html` }, null],
    ['a content script on a file: page', { id: ID, url: 'file:///tmp/a.html', tab: { id: 4 }, frameId: 0 }, null],
    ['a sender without a tab or extension url', { id: ID, url: 'https://news.test/a' }, null],
    ['a sender without id', { url: `${ORIGIN}src/popup/index.html` }, null],
  ])('%s', (_name, sender, role) => {
    expect(senderRole(sender, ID, ORIGIN)).toBe(role);
  });
});
