/**
 * Re-orders ranked items so the list shows many outlets and countries: each pick discounts items from outlets
 * and countries already shown (a greedy, maximal-marginal-relevance style pass), with a hard cap per outlet.
 */
export interface DiversifyOptions {
  limit: number;
  maxPerOutlet: number;
  /** Score multiplier per item already shown from the same outlet. */
  outletPenalty: number;
  /** Score multiplier per item already shown from the same country. */
  countryPenalty: number;
}

export const DEFAULT_DIVERSIFY_OPTIONS: DiversifyOptions = {
  limit: 10,
  maxPerOutlet: 2,
  outletPenalty: 0.4,
  countryPenalty: 0.75,
};

export interface Diversifiable {
  score: number;
  family: string;
  country: string | null;
}

export function diversify<T extends Diversifiable>(items: T[], options: Partial<DiversifyOptions> = {}): T[] {
  const opts = { ...DEFAULT_DIVERSIFY_OPTIONS, ...options };
  const pool = [...items];
  const picked: T[] = [];
  const outlets = new Map<string, number>();
  const countries = new Map<string, number>();
  while (picked.length < opts.limit && pool.length) {
    let best = -1;
    let bestValue = -Infinity;
    pool.forEach((item, i) => {
      const fromOutlet = outlets.get(item.family) ?? 0;
      if (fromOutlet >= opts.maxPerOutlet) return;
      const fromCountry = item.country ? (countries.get(item.country) ?? 0) : 0;
      const value = item.score * opts.outletPenalty ** fromOutlet * opts.countryPenalty ** fromCountry;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    });
    if (best < 0) break;
    const [item] = pool.splice(best, 1) as [T];
    picked.push(item);
    outlets.set(item.family, (outlets.get(item.family) ?? 0) + 1);
    if (item.country) countries.set(item.country, (countries.get(item.country) ?? 0) + 1);
  }
  return picked;
}
