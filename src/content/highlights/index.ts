/**
 * In-page highlights, loaded by the content script (dynamic import) only when the background sends mentions to
 * draw: an article page with highlights on. `apply` validates the message, finds the mentions in the page and
 * draws them; a new message replaces the drawing; `enabled: false` removes it and leaves the page as it was.
 */
import * as v from 'valibot';
import { t } from '../../shared/i18n';
import { HighlightsSchema } from '../../shared/protocol';
import { runtime } from '../ext';
import { runStepsSliced } from '../../pipeline/page/steps';
import { pageSlices } from '../pause';
import { locateMentionsSteps } from './locate';
import { drawOverlay, type Overlay } from './overlay';

const TYPE_LABEL: Record<string, string> = {
  person: 'highlightPerson',
  organization: 'highlightOrganization',
  place: 'highlightPlace',
  event: 'highlightEvent',
};

let current: Overlay | null = null;
/** Bumped by every message: a drawing still being prepared when a newer message came is dropped. */
let generation = 0;

type Applied = { ok: boolean; drawn?: number; capped?: boolean; error?: string };

/**
 * Finding the mentions walks the page's text, in slices between the page's own tasks (`slices`; the content
 * script's by default), so a giant page is never held for long.
 */
export async function apply(raw: unknown, doc: Document = document, slices = pageSlices()): Promise<Applied> {
  const parsed = v.safeParse(HighlightsSchema, raw);
  if (!parsed.success) return { ok: false, error: 'Malformed highlights message.' };
  const mine = ++generation;
  current?.remove();
  current = null;
  const { enabled, text, entities, capped } = parsed.output;
  if (!enabled || !entities.length || !text) return { ok: true, drawn: 0 };
  const refs = entities.flatMap((e, entity) => e.mentions.map((m) => ({ ...m, entity })));
  const root = doc.body ?? doc.documentElement;
  const { value: located } = await runStepsSliced(() => locateMentionsSteps(root, text, refs), slices);
  if (mine !== generation) return { ok: true, drawn: 0 };
  if (!located.length) return { ok: true, drawn: 0 };
  current = drawOverlay(
    doc,
    located,
    entities.map((e) => ({
      type: e.type,
      name: e.name,
      role: e.role,
      summary: e.summary,
      image: e.image,
      key: e.key,
      mentionCount: e.mentions.length,
    })),
    {
      typeLabel: (type) => t(TYPE_LABEL[type] ?? type),
      mentions: (n) => (n === 1 ? t('highlightMentionOnce') : t('highlightMentions', [String(n)])),
      regionLabel: t('highlightRegion'),
      openCard: t('highlightOpenCard'),
      legend: t('highlightLegend'),
    },
    {},
    (key) =>
      void runtime()
        ?.sendMessage({ type: 'card/open', payload: { key } })
        .catch(() => {}),
  );
  // Capped: the background left names or mentions out to stay within the message limits; say so with the count.
  return capped ? { ok: true, drawn: current.count, capped } : { ok: true, drawn: current.count };
}

/** True while a drawing is on the page (tests). */
export const isShown = () => current !== null;
