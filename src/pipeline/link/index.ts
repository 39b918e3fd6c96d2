/** Linking, after recognition: entities to Wikidata/Wikipedia candidates, ranked, and the cards the popup shows. */
export { articleDay } from './as-of';
export { buildInArticleCard, buildLinkedCard, cardKey, imageFile } from './card';
export { type EntityCandidates, linkAll } from './link-all';
export { fold } from './rank';
export {
  type Candidate,
  type ImageInfo,
  LINKABLE,
  type SearchHit,
  type WdEntity,
  type WikiPage,
} from './types';
export { normalizeEntities, normalizeSearch } from './wikidata-raw';
export { normalizeImageInfo, normalizeQuery } from './wikipedia-raw';
