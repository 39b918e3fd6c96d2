/** The fixture pages whose expected.json says what the built extension must recognize (ja, zh, ar, ko pages). */
import { loadFixturePages } from '../support/fixture-server';

export interface Recognition {
  lang: string;
  entities: { type: string; name: string }[];
  dates: { text: string; value: string }[];
}

/** The pages whose recognition block names one of `langs` (every such page when none are given). */
export const recognitionPages = (langs?: readonly string[]) =>
  loadFixturePages()
    .filter((p) => p.expected.recognition)
    .map((p) => ({ slug: p.slug, expected: p.expected.recognition as Recognition }))
    .filter((p) => !langs || langs.includes(p.expected.lang));
