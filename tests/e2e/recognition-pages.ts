/** The fixture pages whose expected.json says what the built extension must recognize (the ja/zh pages). */
import { loadFixturePages } from '../support/fixture-server';

export interface Recognition {
  lang: string;
  entities: { type: string; name: string }[];
  dates: { text: string; value: string }[];
}

export const recognitionPages = () =>
  loadFixturePages()
    .filter((p) => p.expected.recognition)
    .map((p) => ({ slug: p.slug, expected: p.expected.recognition as Recognition }));
