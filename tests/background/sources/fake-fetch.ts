/** A scripted fetch for source tests: answers by URL, records every request, can hang until aborted. */
export type Script = (url: URL) => Response | 'hang' | Promise<Response | 'hang'>;

export function fakeFetch(script: Script) {
  const calls: { url: URL; init?: RequestInit }[] = [];
  const fetch = async (input: string, init?: RequestInit): Promise<Response> => {
    const url = new URL(input);
    calls.push({ url, init });
    const reply = await script(url);
    if (reply !== 'hang') return reply;
    return new Promise((_, reject) => {
      init?.signal?.addEventListener('abort', () =>
        reject(new DOMException('The operation was aborted.', 'AbortError')),
      );
    });
  };
  return { fetch, calls };
}

export const reply = (body: string | Uint8Array, status = 200, headers: Record<string, string> = {}) =>
  new Response(body as BodyInit, { status, headers });

/** A clock that only moves when someone sleeps. */
export function fakeClock(start = Date.parse('2022-09-20T09:00:00Z')) {
  let now = start;
  return {
    now: () => now,
    sleep: async (ms: number) => {
      now += ms;
    },
    advance: (ms: number) => {
      now += ms;
    },
  };
}
