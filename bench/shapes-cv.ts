/**
 * `npx tsx bench/shapes-cv.ts`: does each page shape of the veto after the score (not-article-shapes.ts) hold up on
 * sites it was not looked at on? Tuning part only (pages-split.ts); the validation part is left for bench:pages.
 *   - at the default thresholds: tuning articles the shape turns down (on the page or its stripped copy), and
 *     non-articles it fires on (all of them, and those the score alone accepts);
 *   - 5-fold cross-validation by site: in each fold the lowest threshold that turns down no article of the other
 *     folds, then what it does on the held-out fold.
 * Reads ../shared/data in place (or $BACKSTORY_DATA); skips with a message when it is absent.
 */
import { detectArticle } from '../src/pipeline/detect';
import {
  DEFAULT_SHAPE_OPTIONS,
  notArticleShape,
  type NotArticleShape,
  type ShapeOptions,
} from '../src/pipeline/detect/not-article-shapes';
import { DATA_DIR, dataPresent, pagesOfPart } from './pages-data';
import { fnv1a } from './pages-split';
import { stripMetadata } from './strip-metadata';

const FOLDS = 5;
/** Each shape's count threshold and the values the cross-validation may choose from. */
const THRESHOLDS: Record<NotArticleShape, { key: keyof ShapeOptions; grid: number[] }> = {
  thread: { key: 'minThreadPosts', grid: [2, 3, 4, 5, 6, 8, 10] },
  listing: { key: 'minTeasers', grid: [2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20] },
  gallery: { key: 'minGalleryItems', grid: [2, 3, 4, 5, 6, 8, 10, 12, 15] },
  video: { key: 'minPlayers', grid: [1, 2, 3] },
  wiki: { key: 'minWikiEditLinks', grid: [1, 2, 3, 4, 5] },
};
const SHAPES = Object.keys(THRESHOLDS) as NotArticleShape[];

interface Row {
  site: string;
  article: boolean;
  /** The score alone accepts the page, and its stripped copy. */
  accepted: [boolean, boolean];
  /** Per shape, the grid values at which it fires on the page and on its stripped copy. */
  fires: Record<NotArticleShape, [Set<number>, Set<number>]>;
}

/** Options where only `shape` is checked, at threshold `t`. */
function only(shape: NotArticleShape, t: number): ShapeOptions {
  const opts = { ...DEFAULT_SHAPE_OPTIONS };
  for (const s of SHAPES) opts[THRESHOLDS[s].key] = Number.POSITIVE_INFINITY;
  opts[THRESHOLDS[shape].key] = t;
  return opts;
}

function firing(doc: Document): Record<NotArticleShape, Set<number>> {
  const out = {} as Record<NotArticleShape, Set<number>>;
  for (const shape of SHAPES) {
    out[shape] = new Set(THRESHOLDS[shape].grid.filter((t) => notArticleShape(doc, only(shape, t)) === shape));
  }
  return out;
}

function readRows(): Row[] {
  const rows: Row[] = [];
  for (const { doc, url, site, row } of pagesOfPart('tuning')) {
    const accepted = detectArticle(doc, url, { shapes: false }).isArticle;
    const fires = firing(doc);
    stripMetadata(doc);
    const acceptedStripped = detectArticle(doc, url, { shapes: false }).isArticle;
    const firesStripped = firing(doc);
    const both = {} as Row['fires'];
    for (const s of SHAPES) both[s] = [fires[s], firesStripped[s]];
    rows.push({ site, article: row.label === 'article', accepted: [accepted, acceptedStripped], fires: both });
  }
  return rows;
}

/** Articles the shape at threshold `t` turns down: accepted by the score, then vetoed, on either copy. */
const articlesLost = (rows: Row[], shape: NotArticleShape, t: number) =>
  rows.filter((r) => r.article && [0, 1].some((c) => r.accepted[c] && r.fires[shape][c]!.has(t))).length;
/** Non-articles the shape fires on (all; those the score alone accepts). */
const nonArticlesHit = (rows: Row[], shape: NotArticleShape, t: number): [number, number] => {
  const hit = rows.filter((r) => !r.article && r.fires[shape][0].has(t));
  return [hit.length, hit.filter((r) => r.accepted[0]).length];
};

function crossValidate(rows: Row[], shape: NotArticleShape) {
  const fold = (r: Row) => fnv1a(r.site) % FOLDS;
  const chosen: number[] = [];
  let lost = 0;
  let hitAll = 0;
  let hitAccepted = 0;
  for (let k = 0; k < FOLDS; k++) {
    const train = rows.filter((r) => fold(r) !== k);
    const test = rows.filter((r) => fold(r) === k);
    const t = THRESHOLDS[shape].grid.find((g) => articlesLost(train, shape, g) === 0) ?? Number.POSITIVE_INFINITY;
    chosen.push(t);
    lost += articlesLost(test, shape, t);
    const [all, acc] = nonArticlesHit(test, shape, t);
    hitAll += all;
    hitAccepted += acc;
  }
  return { chosen, lost, hit: [hitAll, hitAccepted] };
}

function main(): void {
  if (!dataPresent()) {
    console.log(`shapes-cv: no evaluation data at ${DATA_DIR} (set BACKSTORY_DATA); skipped.`);
    return;
  }
  const rows = readRows();
  const sites = new Set(rows.map((r) => r.site)).size;
  const non = rows.filter((r) => !r.article).length;
  console.log(`tuning part: ${rows.length} pages from ${sites} sites, ${non} non-articles; ${FOLDS} folds by site`);
  console.log(
    'shape    default  articles lost  non-art. hit (all/accepted) | CV thresholds   lost  hit (all/accepted)',
  );
  for (const shape of SHAPES) {
    const t = DEFAULT_SHAPE_OPTIONS[THRESHOLDS[shape].key];
    const [all, acc] = nonArticlesHit(rows, shape, t);
    const cv = crossValidate(rows, shape);
    console.log(
      `${shape.padEnd(8)} ${String(t).padStart(7)}  ${String(articlesLost(rows, shape, t)).padStart(13)}  ${`${all}/${acc}`.padStart(27)} |` +
        ` ${cv.chosen.join(',').padEnd(15)} ${String(cv.lost).padStart(4)}  ${cv.hit.join('/')}`,
    );
  }
}

main();
