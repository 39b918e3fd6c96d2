/** Why an entity got an in-article card instead of a linked one, as a code the popup turns into words. */
import type { LinkResult } from './link-entities';

/** Note codes the popup turns into words (see Cards.tsx). */
export type CardNote = 'offline' | 'source-failed' | 'nil-no-match' | 'nil-ambiguous' | 'nil-reader';

export interface UnlinkedFacts {
  /** Neither the title lookup nor the search answered for the name. */
  lookupFailed: boolean;
  /** Fetching the candidates' statements failed. */
  recordsFailed: boolean;
  /** The browser has no network. */
  offline: boolean;
  result: Pick<LinkResult, 'decision' | 'ranked'>;
}

/** No data because a source failed is not the same as "no sure match": the note says which. */
export function noteFor({ lookupFailed, recordsFailed, offline, result }: UnlinkedFacts): CardNote {
  const noData = lookupFailed || (recordsFailed && !result.ranked.length);
  if (noData) return offline ? 'offline' : 'source-failed';
  const { decision } = result;
  if (decision.kind === 'nil' && decision.reason === 'reader') return 'nil-reader';
  if (decision.kind === 'nil' && decision.reason === 'ambiguous') return 'nil-ambiguous';
  return 'nil-no-match';
}
