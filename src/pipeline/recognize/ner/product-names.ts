/**
 * Entities that are products by their name alone (languages/product-names.ts), in any language: no card is made for
 * a browser or an assistant. A person the article names in full keeps the name ("Alexa Smith" … "Alexa said").
 */
import { productNames } from '../../../languages/product-names';
import { type Cluster, nameKey } from './group';

const PRODUCTS: ReadonlySet<string> = new Set(productNames.map(nameKey));

export function dropProductNames(clusters: readonly Cluster[]): Cluster[] {
  return clusters.filter((c) => !(PRODUCTS.has(nameKey(c.name)) && c.mentions.every((m) => !/\s/u.test(m.text))));
}
