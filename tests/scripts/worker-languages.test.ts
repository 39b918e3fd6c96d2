/**
 * check:size's test that a built service worker holds no other language's words: a worker file with a pack's word
 * lists in it is caught, one with English's words and a stray foreign word is not.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { foreignPacksIn } from '../../scripts/worker-languages';
import { english } from '../../src/languages/en';
import { serialisePack } from '../../src/languages/pack-data';
import { packFor } from '../../src/languages/all';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A fake built worker: one script with `code` in it. */
function worker(code: string): [string, string[]] {
  dir = mkdtempSync(join(tmpdir(), 'backstory-worker-'));
  writeFileSync(join(dir, 'worker.js'), code);
  return [dir, ['worker.js']];
}

describe('foreign words in the worker', () => {
  it.each([['de'], ['ru'], ['pt']])('finds the %s pack bundled into the worker', (code) => {
    const found = foreignPacksIn(...worker(`const pack = ${serialisePack(packFor(code)!)};`));
    // Close languages share words ("presidente"): the pack's own language is among those found, with most words.
    const own = found.find((f) => f.code === code);
    expect(own!.held.length).toBeGreaterThan(0.5 * own!.total);
  });

  it('finds a list joined into one string and object keys, not only quoted words', () => {
    const german = packFor('de')!;
    const months = Object.keys((german.dateWords as { months: Record<string, number> }).months);
    const code = `const r="${german.roleWords.roles.join(' ')}".split(" "),m={${months.map((k, i) => `${k}:${i}`).join(',')}};`;
    expect(foreignPacksIn(...worker(code)).map((f) => f.code)).toContain('de');
  });

  it.each([
    ['English’s pack', `const pack = ${serialisePack(english)};`],
    ['a stray word another language shares', 'const label = "fiscal year";'],
    ['no words at all', 'export const x = 1;'],
  ])('lets %s pass', (_what, code) => {
    expect(foreignPacksIn(...worker(code))).toEqual([]);
  });
});
