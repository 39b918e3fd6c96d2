/** A name in the headline weighs more: in Japanese and Chinese headlines too, which have no spaces between words. */
import { expect, it } from 'vitest';
import { salience } from '../../../../src/pipeline/recognize/ner/salience';

const TEXT = 'xxxxxxxxxx\n\nyyyyyyyyyy';
/** Two names mentioned alike (once each, at the same place): only the headline can tell them apart. */
const pair = (a: string, b: string) => [
  { names: [a], mentions: [{ start: 12 }] },
  { names: [b], mentions: [{ start: 12 }] },
];

it.each([
  ['中俄元首在撒马尔罕会晤', '撒马尔罕', '北京', true],
  ['中ロ首脳がサマルカンドで会談', 'サマルカンド', '東京', true],
  ['中俄元首在撒马尔罕会晤', '上海', '北京', false],
  ['Xi and Putin meet in Samarkand', 'Samarkand', 'Beijing', true],
  ['Xi and Putin meet in Samarkand', 'Shanghai', 'Beijing', false],
])('title %s: %s above %s is %s', (title, inTitle, other, above) => {
  const [a, b] = salience(pair(inTitle, other), TEXT, title);
  expect(a! > b!).toBe(above);
});
