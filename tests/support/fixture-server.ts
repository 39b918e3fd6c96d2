/**
 * A loopback HTTP server for tests and `npm start`: fixture pages from tests/fixtures/pages/<slug>/source.html,
 * served at the path their expected.json names (`servePath`, default `/<slug>/`), plus the fake APIs under /api/.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { apiRoutes, type ApiRoute } from '../fixtures/api/index';

export const PAGES_DIR = join(import.meta.dirname, '..', 'fixtures', 'pages');

export interface FixturePage {
  slug: string;
  path: string;
  html: string;
  expected: Record<string, unknown>;
}

export function loadFixturePages(dir = PAGES_DIR): FixturePage[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'source.html')))
    .map((entry) => {
      const expectedPath = join(dir, entry.name, 'expected.json');
      const expected = existsSync(expectedPath)
        ? (JSON.parse(readFileSync(expectedPath, 'utf8')) as Record<string, unknown>)
        : {};
      const path = typeof expected.servePath === 'string' ? expected.servePath : `/${entry.name}/`;
      return { slug: entry.name, path, html: readFileSync(join(dir, entry.name, 'source.html'), 'utf8'), expected };
    });
}

export interface FixtureServer {
  origin: string;
  url(pathOrSlug: string): string;
  /** Every request the server saw (method and path+query), for privacy assertions. */
  requests: { method: string; url: string; headers: Record<string, string | string[] | undefined> }[];
  close(): Promise<void>;
}

export async function startFixtureServer(options: { routes?: ApiRoute[]; port?: number } = {}): Promise<FixtureServer> {
  const pages = loadFixturePages();
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const routes = options.routes ?? apiRoutes;
  const requests: FixtureServer['requests'] = [];
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push({ method: req.method ?? 'GET', url: url.pathname + url.search, headers: req.headers });
    try {
      for (const route of routes) {
        const reply = await route(req, url);
        if (!reply) continue;
        if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
        res.writeHead(reply.status, {
          ...(reply.cors === false ? {} : { 'access-control-allow-origin': '*' }),
          ...reply.headers,
        });
        if (reply.drip) await drip(res, reply.body, reply.drip);
        else res.end(reply.body);
        return;
      }
      const page = byPath.get(url.pathname) ?? byPath.get(`${url.pathname}/`);
      if (page) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        res.end(page.html);
        return;
      }
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (pathOrSlug) => {
      const page = pages.find((p) => p.slug === pathOrSlug);
      return origin + (page ? page.path : pathOrSlug);
    },
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Writes a body in pieces with pauses between them; stops when the client hangs up. */
async function drip(
  res: ServerResponse,
  body: string | Buffer,
  o: { chunks: number; intervalMs: number },
): Promise<void> {
  const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body);
  const size = Math.max(1, Math.ceil(bytes.length / o.chunks));
  for (let at = 0; at < bytes.length && !res.destroyed; at += size) {
    res.write(bytes.subarray(at, at + size));
    await new Promise((r) => setTimeout(r, o.intervalMs));
  }
  if (!res.destroyed) res.end();
}
