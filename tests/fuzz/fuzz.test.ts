/**
 * A small fuzz run for CI: generated and mutated pages through detect, extract and recognize must never throw or
 * break the protocol. Time is not checked here (that is `npm run fuzz`, a benchmark-style run of 1,000+ pages).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocument } from './check';
import { fuzzCorpus } from './corpus';
import { MUTATIONS } from './mutate';
import { createRng } from './rng';

const FAILURES_DIR = join(import.meta.dirname, '..', 'fixtures', 'fuzz-failures');
const savedFailures = existsSync(FAILURES_DIR) ? readdirSync(FAILURES_DIR).filter((f) => f.endsWith('.html')) : [];

describe('fuzz', () => {
  // Every page `npm run fuzz` ever caught stays a regression test once the bug is fixed.
  if (savedFailures.length)
    it.each(savedFailures)('saved failure %s now passes', (file) => {
      const result = checkDocument(readFileSync(join(FAILURES_DIR, file), 'utf8'), undefined, { checkTime: false });
      expect(result.failure).toBeUndefined();
    });

  it('runs 100 generated and mutated pages through the pipeline without a failure', () => {
    const failures: string[] = [];
    let articles = 0;
    // A seed apart from npm run fuzz's default, so CI covers other documents.
    for (const doc of fuzzCorpus(100, 7)) {
      const result = checkDocument(doc.html, undefined, { checkTime: false });
      if (result.isArticle) articles++;
      if (!result.ok) failures.push(`${doc.name}: ${result.failure?.stage}: ${result.failure?.message}`);
    }
    expect(failures).toEqual([]);
    // The corpus must hold articles as well as junk, or the run proves little about extraction and NLP.
    expect(articles).toBeGreaterThan(10);
  }, 300_000);

  it('catches what it is meant to catch: a page the protocol would reject is a failure', () => {
    // An unclosed <title> once made the whole page the title; the content script now cuts it to the protocol's size.
    const html = `<html><head><title>${'Putin met Xi. '.repeat(20_000)}</head><body><article><p>Text.</p></article></body></html>`;
    const result = checkDocument(html, undefined, { checkTime: false });
    expect(result.ok, result.failure?.message).toBe(true);
  });

  it('flags a document over its time budget', () => {
    const result = checkDocument('<p>Vladimir Putin met Xi Jinping.</p>', undefined, {
      baseBudgetMs: -1,
      budgetMsPerChar: 0,
    });
    expect(result.ok).toBe(false);
    expect(result.failure?.stage).toBe('time');
  });

  it('mutations are deterministic for a seed and each changes its input for some seed', () => {
    const page =
      '<!DOCTYPE html><html><head><script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body><article><h1>T</h1><p>Some text here.</p><p>More text.</p></article></body></html>';
    for (const [name, mutation] of Object.entries(MUTATIONS)) {
      const a = mutation(page, createRng(3));
      expect(mutation(page, createRng(3)), name).toBe(a);
      // Some seeds may pick a tag the page lacks; across a few, each mutation must change something.
      expect(
        Array.from({ length: 10 }, (_, seed) => mutation(page, createRng(seed))).some((out) => out !== page),
        name,
      ).toBe(true);
    }
  });
});
