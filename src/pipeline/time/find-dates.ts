/**
 * Date and time expressions in text, normalized against the publication date (issue #5 deepens this).
 * Contract: offsets index `text`; `value` is ISO 8601 (date, interval "a/b", week "2022-W37", month "2022-09", year).
 */
export interface DateMention {
  text: string;
  start: number;
  end: number;
  value?: string;
}

export interface DateContext {
  /** ISO 8601 publication date/time of the article (relative expressions resolve against it). */
  publishedAt?: string | null;
}

export function findDates(_text: string, _context: DateContext = {}): DateMention[] {
  return [];
}
