import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const MESSAGES = 'public/_locales/en/messages.json';

/** Top-level keys in file order, duplicates included (JSON.parse silently keeps the last one; Firefox refuses). */
function topLevelKeys(text: string): string[] {
  const keys: string[] = [];
  let depth = 0;
  const re = /"((?:[^"\\]|\\.)*)"\s*(:)?|[{}[\]]/g;
  for (const m of text.matchAll(re)) {
    const token = m[0];
    if (token === '{' || token === '[') depth++;
    else if (token === '}' || token === ']') depth--;
    else if (m[2] && depth === 1) keys.push(m[1]!);
  }
  return keys;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('the message catalogue', () => {
  const text = readFileSync(MESSAGES, 'utf8');
  const keys = topLevelKeys(text);
  const catalogue = JSON.parse(text) as Record<string, { message?: unknown }>;

  it('has no duplicate keys (Firefox rejects the whole extension for one)', () => {
    const seen = new Set<string>();
    const dups = keys.filter((k) => {
      if (seen.has(k)) return true;
      seen.add(k);
      return false;
    });
    expect(dups).toEqual([]);
  });

  it('gives every key a message, with names Chrome accepts', () => {
    for (const [key, entry] of Object.entries(catalogue)) {
      expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
      expect(typeof entry.message, key).toBe('string');
    }
  });

  it('defines every key the code asks for with t("…")', () => {
    const missing = new Set<string>();
    for (const file of sourceFiles('src')) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_@]+)'/g)) {
        if (!Object.hasOwn(catalogue, m[1]!)) missing.add(`${m[1]} (${file})`);
      }
    }
    expect([...missing]).toEqual([]);
  });

  it('names the manifest strings', () => {
    const manifest = readFileSync('manifest.json', 'utf8');
    for (const m of manifest.matchAll(/__MSG_(\w+)__/g)) expect(Object.hasOwn(catalogue, m[1]!), m[1]).toBe(true);
  });
});
