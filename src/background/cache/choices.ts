/**
 * "Not this one?" choices, kept on the device: the reader's pick for a name on one site and in general. The site's
 * choice wins over the general one (a sports site's "Georgia" may differ from a world-news site's).
 */
import { fold } from '../../pipeline/link';
import type { CardsDatabase, Choice } from './db';

export interface ChoiceStore {
  get(key: string): Promise<Choice | undefined>;
  put(choice: Choice): Promise<void>;
}

export const choiceKey = (site: string, type: string, name: string) => `${site}|${type}|${fold(name)}`;

export function createChoices(store: ChoiceStore, now: () => number = Date.now) {
  return {
    /** The remembered pick for a name: `undefined` when none, `null` for "none of these". */
    async lookup(site: string, type: string, name: string): Promise<string | null | undefined> {
      const own = site ? await store.get(choiceKey(site, type, name)) : undefined;
      const chosen = own ?? (await store.get(choiceKey('*', type, name)));
      return chosen ? chosen.qid : undefined;
    },
    async remember(site: string, type: string, name: string, qid: string | null): Promise<void> {
      const at = now();
      if (site) await store.put({ key: choiceKey(site, type, name), site, type, name, qid, at });
      await store.put({ key: choiceKey('*', type, name), site: '*', type, name, qid, at });
    },
  };
}

export type Choices = ReturnType<typeof createChoices>;

export function idbChoiceStore(db: Promise<CardsDatabase>): ChoiceStore {
  return {
    get: async (key) => (await db).get('choices', key),
    put: async (choice) => void (await (await db).put('choices', choice)),
  };
}

export function memoryChoiceStore(): ChoiceStore {
  const map = new Map<string, Choice>();
  return { get: async (key) => map.get(key), put: async (choice) => void map.set(choice.key, choice) };
}
