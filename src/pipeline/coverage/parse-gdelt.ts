/** GDELT DOC 2.0 JSON (ArtList and TimelineVol) → our shapes. Raw field names stay in this file. Never throws. */
import { outletOf } from './outlets';
import { decodeEntities } from '../page/decode-entities';
import { cleanText } from './text';
import type { CoverageCandidate, TimelinePoint } from '../../shared/coverage';

const LANGS: Record<string, string> = {
  english: 'en',
  spanish: 'es',
  french: 'fr',
  german: 'de',
  russian: 'ru',
  chinese: 'zh',
  arabic: 'ar',
  portuguese: 'pt',
  italian: 'it',
  japanese: 'ja',
  korean: 'ko',
  ukrainian: 'uk',
  turkish: 'tr',
  hindi: 'hi',
  polish: 'pl',
  dutch: 'nl',
  persian: 'fa',
  uzbek: 'uz',
  kazakh: 'kk',
  indonesian: 'id',
  vietnamese: 'vi',
};

export function parseGdeltArtList(json: unknown): CoverageCandidate[] {
  const articles = (json as { articles?: unknown } | null)?.articles;
  if (!Array.isArray(articles)) return [];
  const out: CoverageCandidate[] = [];
  for (const raw of articles.slice(0, 250)) {
    if (!raw || typeof raw !== 'object') continue;
    const a = raw as Record<string, unknown>;
    const url = str(a.url);
    if (!/^https?:\/\//i.test(url)) continue;
    const title = gdeltTitle(str(a.title));
    if (!title) continue;
    const outlet =
      outletOf(url, { country: str(a.sourcecountry) || null }) ??
      outletOf(str(a.domain), { country: str(a.sourcecountry) || null });
    out.push({
      url,
      direct: true,
      title,
      outlet: outlet?.name ?? (str(a.domain) || 'unknown'),
      family: outlet?.family ?? str(a.domain),
      domain: outlet?.domain ?? (str(a.domain) || null),
      // GDELT knows where an outlet is based better than our TLD guess; our table still wins for known outlets.
      country:
        outlet && outlet.family !== outlet.domain ? outlet.country : str(a.sourcecountry) || outlet?.country || null,
      publishedAt: gdeltDate(str(a.seendate)),
      lang: LANGS[str(a.language).toLowerCase()] ?? null,
      source: 'gdelt',
    });
  }
  return out;
}

/** TimelineVol: the first series' points, in date order. */
export function parseGdeltTimeline(json: unknown): TimelinePoint[] {
  const timeline = (json as { timeline?: unknown } | null)?.timeline;
  if (!Array.isArray(timeline) || !timeline.length) return [];
  const data = (timeline[0] as { data?: unknown } | null)?.data;
  if (!Array.isArray(data)) return [];
  const points: TimelinePoint[] = [];
  for (const raw of data) {
    const d = raw as { date?: unknown; value?: unknown } | null;
    const date = gdeltDate(str(d?.date));
    const value = typeof d?.value === 'number' ? d.value : Number(d?.value);
    if (date && Number.isFinite(value) && value >= 0) points.push({ date, value });
  }
  return points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** "20220907T161500Z" (also without the T/Z, or just a day) → ISO 8601 UTC. */
export function gdeltDate(raw: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})Z?)?$/.exec(raw.trim());
  if (!m) return null;
  const ms = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  const date = new Date(ms);
  return Number.isNaN(ms) || date.getUTCDate() !== +m[3]! ? null : date.toISOString();
}

/** GDELT titles come space-separated around punctuation ("Putin , Xi to meet"). */
function gdeltTitle(raw: string): string {
  return (
    cleanText(decodeEntities(raw))
      .replace(/\s+([,.;:!?%)\]])/g, '$1')
      .replace(/([([])\s+/g, '$1')
      .replace(/\s*(['’])\s*(s|t|re|ve|ll|d)\b/g, '$1$2')
      // …and around hyphens: "face - to - face". Only chains of three lower-case parts are certainly one word.
      .replace(/\b[a-z]+(?: - [a-z]+){2,}\b/g, (chain) => chain.replace(/ - /g, '-'))
  );
}

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
