/**
 * Vite plugin for the extension build: the catalogues' ICU messages (`_locales/<lang>/messages.json`) parsed at build
 * time into src/shared/precompiled-messages.ts, and intl-messageformat bundled with FormatJS's parser-free build of
 * its parser module (`no-parser.js`, the way FormatJS documents for precompiled messages): the pages and the worker
 * format counts without shipping or running a parser. Node and the tests keep the parser and the empty table.
 * Plain JavaScript, like vite-languages.js: vite loads its config's imports itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { IntlMessageFormat } from 'intl-messageformat';

const LOCALES = fileURLToPath(new URL('../public/_locales', import.meta.url));
const TABLE = fileURLToPath(new URL('../src/shared/precompiled-messages.ts', import.meta.url));
/** A message with an ICU argument: `{name}`, `{count, plural, …}`, `{kind, select, …}`. */
const ICU_ARGUMENT = /\{\s*\w+\s*[,}]/;

/** The catalogue the browser falls back to for a key another catalogue lacks (manifest.json's default_locale). */
const DEFAULT_LOCALE = 'en';

/**
 * Every catalogue's ICU messages, parsed as intl-messageformat parses them at run time (with the catalogue's own
 * language, which its `catalogueLocale` message names): by that language, the JSON text of its forms by key.
 * @returns {Record<string, string>}
 */
export function precompileCatalogues(root = LOCALES) {
  const read = (folder) => JSON.parse(readFileSync(`${root}/${folder}/messages.json`, 'utf8'));
  const fallback = read(DEFAULT_LOCALE);
  const table = {};
  for (const folder of readdirSync(root)) {
    const catalogue = { ...fallback, ...read(folder) };
    const locale = catalogue.catalogueLocale.message;
    const forms = {};
    for (const [key, { message }] of Object.entries(catalogue)) {
      if (!ICU_ARGUMENT.test(message)) continue;
      forms[key] = { source: message, ast: new IntlMessageFormat(message, locale).getAst() };
    }
    table[locale] = JSON.stringify(forms);
  }
  return table;
}

/** @returns {import('vite').Plugin} */
export function precompiledMessages() {
  return {
    name: 'backstory-precompiled-messages',
    apply: 'build',
    enforce: 'pre',
    config: () => ({
      resolve: {
        alias: [
          {
            find: /^@formatjs\/icu-messageformat-parser$/,
            replacement: '@formatjs/icu-messageformat-parser/no-parser.js',
          },
        ],
      },
    }),
    load(id) {
      if (id !== TABLE) return null;
      // Each language's forms as JSON text, parsed only for the catalogue in use.
      return `export const PRECOMPILED_MESSAGES = ${JSON.stringify(precompileCatalogues())};`;
    },
  };
}
