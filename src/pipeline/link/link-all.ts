/**
 * Links every entity of an article at once, in two passes: the first links what is clear on its own (countries,
 * heads of state), the second ranks again with those entities as context, so "Georgia" next to Atlanta is the US
 * state and "Denisov" next to Beijing is the ambassador. The reader's "Not this one?" choices override ranking.
 */
import type { Entity } from '../../shared/types';
import {
  decide,
  fold,
  rankCandidates,
  tokens,
  DEFAULT_RANK_OPTIONS,
  type LinkContext,
  type RankOptions,
  type Scored,
} from './rank';
import { LINKABLE, type Candidate, type CardAlternative, type LinkableType, type LinkDecision } from './types';

export interface EntityCandidates {
  key: string;
  entity: Entity & { type: LinkableType };
  candidates: Candidate[];
  /** The reader's choice: a QID, null for "none of these", undefined for none made. */
  forced?: string | null;
}

export interface LinkResult {
  key: string;
  decision: LinkDecision;
  ranked: Scored[];
  alternatives: CardAlternative[];
}

export interface LinkAllOptions extends RankOptions {
  /** First-pass links at least this confident become context for the second pass. */
  contextConfidence: number;
  /** A name the tagger typed wrongly links to an item of another type only this confidently, by its exact name. */
  retypeConfidence: number;
  maxAlternatives: number;
}

export const DEFAULT_LINK_OPTIONS: LinkAllOptions = {
  ...DEFAULT_RANK_OPTIONS,
  contextConfidence: 0.6,
  retypeConfidence: 0.6,
  maxAlternatives: 5,
};

export function linkAll(
  items: EntityCandidates[],
  article: { title?: string | null; asOf: string | null },
  options: LinkAllOptions = DEFAULT_LINK_OPTIONS,
): LinkResult[] {
  const allWords = new Map<string, Set<string>>(items.map((i) => [i.key, tokens(i.entity.name)]));
  const titleWords = tokens(article.title ?? '');
  const contextFor = (item: EntityCandidates, ids: Set<string>, taken?: Map<string, string>): LinkContext => {
    const own = allWords.get(item.key)!;
    const words = new Set<string>([...titleWords, ...tokens(item.entity.role ?? '')]);
    for (const [key, w] of allWords) if (key !== item.key) for (const word of w) words.add(word);
    for (const word of own) if (!tokens(item.entity.role ?? '').has(word)) words.delete(word);
    const name = fold(item.entity.name);
    const others = new Set([...(taken ?? [])].filter(([, byName]) => byName !== name).map(([qid]) => qid));
    return { ids, words, asOf: article.asOf, taken: others };
  };

  const run = (ids: Set<string>, taken?: Map<string, string>) =>
    items.map((item): LinkResult => {
      const ranked = rankCandidates(
        item.entity.name,
        item.entity.type,
        item.candidates,
        contextFor(item, ids, taken),
        options,
      );
      let decision = decide(ranked, options);
      if (decision.kind === 'nil' && item.forced === undefined)
        decision = linkedAsOtherType(item, contextFor(item, ids, taken), options) ?? decision;
      if (item.forced === null) decision = { kind: 'nil', reason: 'reader' };
      else if (item.forced && ranked.some((r) => r.candidate.entity.id === item.forced)) {
        const chosen = ranked.find((r) => r.candidate.entity.id === item.forced)!;
        decision = {
          kind: 'linked',
          qid: item.forced,
          confidence: 1,
          chosenBy: 'reader',
          ...(chosen.typeAgreement === 'metonym' ? { metonym: true } : {}),
        };
      }
      const alternatives = ranked
        .filter((r) => r.typeAgreement !== 'conflict')
        .slice(0, options.maxAlternatives + 1)
        .map((r) => ({
          qid: r.candidate.entity.id,
          label: r.candidate.entity.label ?? r.candidate.entity.id,
          description: r.candidate.entity.description,
        }));
      return { key: item.key, decision, ranked, alternatives };
    });

  const first = run(new Set());
  const context = new Set<string>();
  const taken = new Map<string, string>();
  first.forEach((result, i) => {
    if (result.decision.kind !== 'linked' || result.decision.confidence < options.contextConfidence) return;
    context.add(result.decision.qid);
    taken.set(result.decision.qid, fold(items[i]!.entity.name));
  });
  return context.size ? run(context, taken) : first;
}

/**
 * The tagger's type is a guess; the item's is not. When no candidate fits the tagged type, an item of another type
 * that carries exactly the name, agrees with that type by its classes and is chosen confidently is the entity
 * ("AdImpact" tagged as a person is the company; "Lord Alli" tagged as a place is the peer).
 */
function linkedAsOtherType(item: EntityCandidates, context: LinkContext, options: LinkAllOptions): LinkDecision | null {
  for (const type of LINKABLE) {
    if (type === item.entity.type) continue;
    const ranked = rankCandidates(item.entity.name, type, item.candidates, context, options);
    const decision = decide(ranked, options);
    const best = ranked[0];
    if (
      decision.kind === 'linked' &&
      decision.confidence >= options.retypeConfidence &&
      best?.typeAgreement === 'agree' &&
      (best.parts.name ?? 0) >= 1.5
    )
      return { ...decision, type };
  }
  return null;
}
