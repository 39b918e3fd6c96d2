/**
 * The one message protocol. Every message is `{type, payload}`; `type` is a key of `schemas`.
 * Trust boundary: everything arriving here is untrusted (content scripts run beside hostile pages), so the
 * background parses each payload with its schema and checks the sender's role before a handler sees it.
 */
import { ARTICLE_LIMITS, HIGHLIGHT_LIMITS } from './article-limits';
import * as v from 'valibot';

const L = ARTICLE_LIMITS;
const MAX_TEXT = L.text;
const MAX_URL = L.url;
const str = (max = 10_000) => v.pipe(v.string(), v.maxLength(max));
const nullableStr = (max = 10_000) => v.nullable(str(max));

export const DetectionSchema = v.object({
  isArticle: v.boolean(),
  score: v.pipe(v.number(), v.finite()),
  reasons: v.pipe(v.array(str(200)), v.maxLength(100)),
});

export const ArticleSchema = v.object({
  title: str(L.title),
  sharedTitle: v.optional(nullableStr(L.title)),
  byline: nullableStr(L.byline),
  authors: v.pipe(v.array(str(L.author)), v.maxLength(L.authors)),
  publisher: nullableStr(L.publisher),
  publishedAt: nullableStr(L.date),
  modifiedAt: v.optional(nullableStr(L.date)),
  lang: nullableStr(L.lang),
  url: str(L.url),
  section: v.optional(nullableStr(L.section)),
  image: v.optional(nullableStr(L.image)),
  standfirst: v.optional(nullableStr(L.standfirst)),
  text: str(L.text),
  relatedLinks: v.pipe(v.array(v.object({ text: str(L.linkText), url: str(L.linkUrl) })), v.maxLength(L.links)),
});

const Ms = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(3_600_000));
export const ScanTimingsSchema = v.object({
  detectMs: Ms,
  extractMs: v.nullable(Ms),
  extractLoadMs: v.optional(v.nullable(Ms)),
  pauses: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000))),
  longestSliceMs: v.optional(Ms),
});

export const ReadCutSchema = v.object({
  keptChars: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_TEXT)),
});

const TabIdSchema = v.pipe(v.number(), v.integer(), v.minValue(0));

const Offset = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_TEXT));
export const HighlightsSchema = v.object({
  enabled: v.boolean(),
  text: v.optional(str(MAX_TEXT), ''),
  entities: v.optional(
    v.pipe(
      v.array(
        v.object({
          type: v.picklist(['person', 'organization', 'place', 'event', 'date']),
          name: str(500),
          role: v.optional(nullableStr(500)),
          /** One line from the entity's card (Wikipedia/Wikidata description) when there is one. */
          summary: v.optional(nullableStr(1_000)),
          /** The card's photo (an https URL the card already shows), for the hover card; absent when it has none. */
          image: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(2_000), v.url(), v.startsWith('https://')))),
          /** The card's key, for "Open the full card". */
          key: v.optional(nullableStr(700)),
          mentions: v.pipe(
            v.array(v.object({ start: Offset, end: Offset })),
            v.maxLength(HIGHLIGHT_LIMITS.mentionsPerEntity),
          ),
        }),
      ),
      v.maxLength(HIGHLIGHT_LIMITS.entities),
    ),
    [],
  ),
  /** True when names or mentions were left out to stay within HIGHLIGHT_LIMITS: the page draws what it got. */
  capped: v.optional(v.boolean()),
});

/** Who may send a message to the background: a top-frame content script, or an extension page (popup, options). */
export type SenderRole = 'content' | 'extension-page';
/** Who sends each message: one of the background's senders, or the background itself (to a content script). */
export type Sender = SenderRole | 'background';

export const schemas = {
  /** content → background: the page was scanned; `article` is present when detection said yes. */
  'page/scanned': {
    from: 'content',
    payload: v.object({
      url: str(MAX_URL),
      detection: DetectionSchema,
      article: v.nullable(ArticleSchema),
      /** true when the reader asked ("Analyze anyway"), false when the page just loaded. */
      forced: v.boolean(),
      /** How long the page's main thread spent in our code: detection, and extraction when it ran (null when not). */
      timings: v.optional(ScanTimingsSchema),
      /** Present when the page was too large to read whole: the article holds only its first part. */
      readCut: v.optional(v.nullable(ReadCutSchema)),
    }),
  },
  /** popup → background: the state of a tab. */
  'tab/get-state': { from: 'extension-page', payload: v.object({ tabId: TabIdSchema }) },
  /** popup → background: run the pipeline on a tab even though detection said no, or again after an error. */
  'tab/analyze': { from: 'extension-page', payload: v.object({ tabId: TabIdSchema, force: v.boolean() }) },
  /**
   * content → background: inject a part of the content script into the sender's page (content/parts.ts): the
   * extraction on an article page, the highlights when there is something to draw.
   */
  'content/load-part': { from: 'content', payload: v.object({ part: v.picklist(['extract', 'highlights']) }) },
  /** background → content: extract now, whatever detection said ("Analyze anyway"). */
  'content/extract': { from: 'background', payload: v.object({ force: v.boolean() }) },
  /** popup → background: "Not this one?": the reader's pick for a card (a Wikidata id, or null for none of these). */
  'cards/choose': {
    from: 'extension-page',
    payload: v.object({
      tabId: TabIdSchema,
      key: str(700),
      qid: v.nullable(v.pipe(v.string(), v.regex(/^Q[1-9]\d{0,11}$/))),
    }),
  },
  /** content → background: "Open the full card" in the hover card: the popup page for this tab, at that card. */
  'card/open': { from: 'content', payload: v.object({ key: str(700) }) },
  /** options → background: forget the reading history and cached coverage. */
  'history/clear': { from: 'extension-page', payload: v.object({}) },
  /**
   * background → content: draw (or remove) the underlines under the article's names. Mentions are offsets into
   * `text`, the article text the page sent; the content side finds each paragraph of it in the page again.
   */
  'content/highlights': { from: 'background', payload: HighlightsSchema },
  /** options → background: forget everything Backstory stored (tab states, caches, history). */
  'data/clear-all': { from: 'extension-page', payload: v.object({}) },
  /** lookup page → background: what the on-device recognizer makes of a selected name (context menu). */
  'lookup/recognize': {
    from: 'extension-page',
    payload: v.object({ text: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(500)) }),
  },
} as const satisfies Record<string, { from: Sender; payload: v.GenericSchema }>;

export type MessageType = keyof typeof schemas;
/** The messages the background receives (every one not sent by the background itself). */
export type BackgroundMessageType = {
  [K in MessageType]: (typeof schemas)[K]['from'] extends 'background' ? never : K;
}[MessageType];
export type Payload<T extends MessageType> = v.InferOutput<(typeof schemas)[T]['payload']>;
export type Message<T extends MessageType = MessageType> = { [K in T]: { type: K; payload: Payload<K> } }[T];

/** Parses an untrusted value into a message, or returns null. Never throws. */
export function parseMessage(raw: unknown): Message | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { type, payload } = raw as { type?: unknown; payload?: unknown };
  if (typeof type !== 'string' || !Object.hasOwn(schemas, type)) return null;
  const result = v.safeParse(schemas[type as MessageType].payload, payload);
  return result.success ? ({ type, payload: result.output } as Message) : null;
}

export const senderOf = (type: MessageType): Sender => schemas[type].from;

/** Parses an untrusted value into a message the background handles, or returns null. Never throws. */
export function parseBackgroundMessage(raw: unknown): Message<BackgroundMessageType> | null {
  const message = parseMessage(raw);
  return message && senderOf(message.type) !== 'background' ? (message as Message<BackgroundMessageType>) : null;
}
