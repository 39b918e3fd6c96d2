/**
 * A language without a pack is read through a borrowed one (borrowedPack): its names are unsure unless the tagger is
 * confident, and an article whose language has its own pack is not gated that way.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { packFor } from '../../../../src/languages/all';
import { borrowedPack } from '../../../../src/languages/borrowed-packs';
import { prepareNerModel } from '../../../../src/languages/pack-model';
import type { LanguagePack } from '../../../../src/languages/types';
import {
  DEFAULT_BORROWED_MIN_CONFIDENCE,
  recognize,
  type RecognizeOptions,
} from '../../../../src/pipeline/recognize/recognize';

const SWEDISH =
  'Statsminister Magdalena Andersson reser till Bryssel för att träffa Jens Stoltenberg. Regeringen vill att ' +
  'Sverige blir medlem i Nato. Enligt Andersson är regeringen beredd att fortsätta samtalen med Turkiet.';

let german: LanguagePack;
beforeAll(async () => {
  await prepareNerModel('de');
  german = packFor('de')!;
});

const names = ({ borrowed, ...options }: RecognizeOptions & { borrowed?: boolean }) => {
  if (borrowed && options.pack) options.pack = borrowedPack(options.pack);
  const a = recognize(SWEDISH, { lang: 'sv' }, options);
  return {
    all: a.entities.filter((e) => e.type !== 'date'),
    unsure: a.unsure ?? [],
  };
};

describe('names found through a borrowed pack', () => {
  it('are sure only at or above the borrowed gate, and unsure (still listed) below it', () => {
    const { all, unsure } = names({ pack: german, borrowed: true });
    const gate = (e: { type: string }) => DEFAULT_BORROWED_MIN_CONFIDENCE[e.type as 'person'] ?? 0;
    expect(all.length).toBeGreaterThan(0);
    for (const e of all) expect(e.confidence ?? 1, e.name).toBeGreaterThanOrEqual(gate(e));
    for (const e of unsure) {
      expect(e.unsure, e.name).toBe(true);
      expect(e.confidence!, e.name).toBeLessThan(gate(e));
    }
  });

  it.each([
    // [options, whether some name is held back as unsure]
    [{ borrowed: true, minConfidence: 1.01 }, true],
    [{ borrowed: true, minConfidence: 0 }, false],
    // The German pack on German text has no gate by default: an own pack is not a borrowed one.
    [{ borrowed: false }, false],
  ] as const)('%o: held back %s', (options, held) => {
    const { unsure } = names({ pack: german, ...options });
    expect(unsure.length > 0).toBe(held);
  });

  it('finds names in text that is not English through the English pack only when it is borrowed', () => {
    const english = packFor('en')!;
    expect(names({ pack: english }).all).toEqual([]);
    const borrowed = names({ pack: english, borrowed: true, minConfidence: 0 }).all.map((e) => e.name);
    expect(borrowed).toContain('Jens Stoltenberg');
  });

  it('does not make a sentence-opening word that the article writes in lower case part of a name', () => {
    const { all, unsure } = names({ pack: german, borrowed: true, minConfidence: 0 });
    const found = [...all, ...unsure].flatMap((e) => e.mentions.map((m) => m.text));
    expect(found).toContain('Magdalena Andersson');
    expect(found.filter((t) => /^(?:Regeringen|Enligt|Statsminister)\b/.test(t))).toEqual([]);
  });
});
