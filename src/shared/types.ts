/** Types that cross the pipeline → background → popup boundary. Plain JSON: they are stored and messaged. */

export type EntityType = 'person' | 'organization' | 'place' | 'event' | 'date';

export interface RelatedLink {
  text: string;
  url: string;
}

export interface Article {
  title: string;
  byline: string | null;
  authors: string[];
  publisher: string | null;
  /** ISO 8601 with offset when the page gives one. */
  publishedAt: string | null;
  modifiedAt?: string | null;
  lang: string | null;
  /** Canonical URL when the page declares one, else the page URL. */
  url: string;
  section?: string | null;
  image?: string | null;
  /** Body text, paragraphs separated by blank lines ("\n\n"). Entity offsets index this string. */
  text: string;
  relatedLinks: RelatedLink[];
}

export interface Detection {
  isArticle: boolean;
  score: number;
  /** Short machine-readable reasons, e.g. "jsonld:NewsArticle", "-url:section-root". */
  reasons: string[];
}

export interface Mention {
  text: string;
  /** UTF-16 offsets into Article.text (or the analyzed text). */
  start: number;
  end: number;
  /** ISO 8601 value, for dates. */
  value?: string;
}

export interface Entity {
  type: EntityType;
  /** Canonical (fullest) name as written in the article. */
  name: string;
  value?: string;
  /** The role the article gives the entity ("Russian President"). */
  role?: string;
  /** Higher is more central to the story. */
  salience?: number;
  quotes?: string[];
  mentions: Mention[];
}

export interface EventFrame {
  name: string;
  trigger?: string;
  when?: string;
  where?: string[];
  who?: string[];
  sentence?: string;
  mentions: Mention[];
}

export interface Analysis {
  entities: Entity[];
  events: EventFrame[];
}
