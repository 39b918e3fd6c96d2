/** Reads TempEval-3 TimeML: plain text of <TEXT>, its TIMEX3 spans (offsets into that text) and the creation time. */
export interface Timex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
  mod?: string;
}

export interface TimeMlDoc {
  id: string;
  dct: string;
  text: string;
  timexes: Timex[];
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

export function parseTimeMl(id: string, xml: string): TimeMlDoc {
  const dctTag = /<DCT>\s*(<TIMEX3[^>]*>)/.exec(xml)?.[1] ?? '';
  const dct = attr(dctTag, 'value') ?? '';
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const timexes: Timex[] = [];
  let open: { tag: string; start: number } | null = null;
  const token = /<(\/?)([A-Z0-9_]+)([^>]*)>|([^<]+)/g;
  for (let m = token.exec(body); m; m = token.exec(body)) {
    if (m[4] !== undefined) {
      text += decode(m[4]);
      continue;
    }
    if (m[2] !== 'TIMEX3') continue;
    if (!m[1]) open = { tag: m[0], start: text.length };
    else if (open) {
      const type = attr(open.tag, 'type') ?? '';
      timexes.push({
        start: open.start,
        end: text.length,
        text: text.slice(open.start),
        type,
        value: attr(open.tag, 'value') ?? '',
        mod: attr(open.tag, 'mod'),
      });
      open = null;
    }
  }
  return { id, dct, text, timexes };
}
