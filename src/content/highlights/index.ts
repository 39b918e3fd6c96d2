/**
 * In-page highlights, loaded by the content script (dynamic import) only when the background sends mentions to
 * draw: an article page with highlights on. `apply` validates the message, finds the mentions in the page and
 * draws them; a new message replaces the drawing; `enabled: false` removes it and leaves the page as it was.
 */
import * as v from 'valibot';
import { t } from '../../shared/i18n';
import { HighlightsSchema } from '../../shared/protocol';
import { runtime } from '../ext';
import { locateMentions } from './locate';
import { drawOverlay, type Overlay } from './overlay';

const TYPE_LABEL: Record<string, string> = {
  person: 'highlightPerson',
  organization: 'highlightOrganization',
  place: 'highlightPlace',
  event: 'highlightEvent',
};

let current: Overlay | null = null;

export function apply(raw: unknown, doc: Document = document): { ok: boolean; drawn?: number; error?: string } {
  const parsed = v.safeParse(HighlightsSchema, raw);
  if (!parsed.success) return { ok: false, error: 'Malformed highlights message.' };
  current?.remove();
  current = null;
  const { enabled, text, entities } = parsed.output;
  if (!enabled || !entities.length || !text) return { ok: true, drawn: 0 };
  const refs = entities.flatMap((e, entity) => e.mentions.map((m) => ({ ...m, entity })));
  const located = locateMentions(doc.body ?? doc.documentElement, text, refs);
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
  return { ok: true, drawn: current.count };
}

/** True while a drawing is on the page (tests). */
export const isShown = () => current !== null;
