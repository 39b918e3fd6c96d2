/**
 * The tuning part's pages (bench/pages-split.ts) as detection sees them, for fitting and cross-validating its points:
 * each page's signals read three times (as it is, stripped of its metadata, and as its old-style copy) with whether a
 * page shape (not-article-shapes.ts) would turn it down. The validation part is never read. Optionally cached as JSON
 * lines, since reading the pages takes most of the time.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { makeOldStyle } from '../../bench/old-style';
import { pagesOfPart } from '../../bench/pages-data';
import { stripMetadata } from '../../bench/strip-metadata';
import { notArticleShape } from '../../src/pipeline/detect/not-article-shapes';
import { readSignals, type PageSignals } from '../../src/pipeline/detect/signals';

/** The copies of a page, in this order. */
export const COPIES = ['page', 'stripped', 'old-style'] as const;

export interface TuningRow {
  site: string;
  path: string;
  article: boolean;
  /** Per copy (COPIES): its signals, and whether a page shape vetoes it once the score accepts it. */
  signals: PageSignals[];
  shaped: boolean[];
}

export function readTuningRows(cache = ''): TuningRow[] {
  if (cache && existsSync(cache))
    return readFileSync(cache, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as TuningRow);
  const rows: TuningRow[] = [];
  for (const { doc, url, site, row } of pagesOfPart('tuning')) {
    const signals: PageSignals[] = [];
    const shaped: boolean[] = [];
    const read = () => {
      signals.push(readSignals(doc, url));
      shaped.push(notArticleShape(doc) !== null);
    };
    read();
    stripMetadata(doc);
    read();
    // Made from the stripped copy, as bench:pages makes it.
    makeOldStyle(doc);
    read();
    rows.push({ site, path: row.path, article: row.label === 'article', signals, shaped });
  }
  if (cache) writeFileSync(cache, `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`);
  return rows;
}
