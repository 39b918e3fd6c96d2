import { describe, expect, it } from 'vitest';
import { withLinkedEventFacts } from '../../src/popup/linked-event-facts';
import type { Card } from '../../src/shared/cards';
import type { EventFrame } from '../../src/shared/types';

const card = (status: Card['status'], event: Card['event']): Card =>
  ({ key: 'event:x', type: 'event', name: 'x', status, event }) as Card;
const frame = (extra: Partial<EventFrame> = {}): EventFrame => ({ id: 'e2', name: 'pandemic', mentions: [], ...extra });

describe('withLinkedEventFacts', () => {
  it('a background event the text does not date takes its linked item’s date, marked as known', () => {
    const [out] = withLinkedEventFacts(
      [frame({ kind: 'background' })],
      [card('linked', { frameId: 'e2', when: '2019-12-01', whenMod: 'since', where: [] })],
    );
    expect(out).toMatchObject({ when: '2019-12-01', whenMod: 'since', whenSource: 'known' });
  });
  it('and its place when the text names none', () => {
    const [out] = withLinkedEventFacts([frame()], [card('linked', { frameId: 'e2', where: ['Samarkand'] })]);
    expect(out!.where).toEqual(['Samarkand']);
    expect(out!.when).toBeUndefined();
  });
  it.each([
    ['the text’s own date stands', frame({ when: '2020-03', whenSource: 'text' }), 'linked', 'e2', '2020-03'],
    ['a story event keeps to the text', frame({ kind: 'story' }), 'linked', 'e2', undefined],
    ['an announced event keeps to the text', frame({ kind: 'announced' }), 'linked', 'e2', undefined],
    ['an in-article card adds nothing', frame(), 'nil', 'e2', undefined],
    ['a card for another frame adds nothing', frame(), 'linked', 'e7', undefined],
  ] as const)('%s', (_label, f, status, frameId, when) => {
    const [out] = withLinkedEventFacts([f], [card(status, { frameId, when: '1947/1991', where: ['Berlin'] })]);
    expect(out!.when).toBe(when);
  });
  it('no cards yet: the frames as they are', () => {
    const frames = [frame()];
    expect(withLinkedEventFacts(frames, undefined)).toEqual(frames);
  });
});
