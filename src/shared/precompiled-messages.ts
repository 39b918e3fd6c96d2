/**
 * The catalogues' ICU messages parsed ahead of time: per catalogue language, the JSON text of its forms by message
 * key, each with the pattern it was parsed from (read only for the language in use). Empty here, so Node and the
 * tests parse a pattern at its first use; the extension build fills it from `_locales` (scripts/vite-messages.js)
 * and ships intl-messageformat without its parser, so the popup formats its counts without parsing a pattern.
 */
import type { IntlMessageFormat } from 'intl-messageformat';

/** A parsed message, as intl-messageformat takes it in place of the pattern text. */
export type MessageAst = Exclude<ConstructorParameters<typeof IntlMessageFormat>[0], string>;

export interface PrecompiledMessage {
  /** The pattern the form was parsed from: a catalogue that says otherwise is not this form's. */
  source: string;
  ast: MessageAst;
}

/** Catalogue language → JSON text of `Record<key, PrecompiledMessage>`. */
export type PrecompiledMessages = Readonly<Record<string, string>>;

export const PRECOMPILED_MESSAGES: PrecompiledMessages = {};
