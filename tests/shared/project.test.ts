import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CLIENT_OPTIONS, USER_AGENT as CLIENT_USER_AGENT } from '../../src/background/sources/wikimedia-http';
import { PROJECT_NAME, PROJECT_URL, PROJECT_VERSION, USER_AGENT } from '../../src/shared/project';

const ROOT = join(import.meta.dirname, '..', '..');
const json = (file: string) =>
  JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as { version: string; homepage_url?: string };

describe('project identity (User-Agent)', () => {
  it('takes its version from the manifest, which package.json must match', () => {
    expect(PROJECT_VERSION).toBe(json('manifest.json').version);
    expect(json('package.json').version).toBe(json('manifest.json').version);
  });

  it('follows the Wikimedia User-Agent policy shape: name/version (contact URL; what it is)', () => {
    expect(USER_AGENT).toBe(`${PROJECT_NAME}/${PROJECT_VERSION} (${PROJECT_URL}; browser extension)`);
    expect(USER_AGENT).toMatch(/^[A-Za-z]+\/\d+\.\d+\.\d+ \(https:\/\/[^\s;]+; browser extension\)$/);
    expect(new URL(PROJECT_URL).protocol).toBe('https:');
  });

  it('is the one the Wikimedia clients send', () => {
    expect(CLIENT_USER_AGENT).toBe(USER_AGENT);
    expect(DEFAULT_CLIENT_OPTIONS.userAgent).toBe(USER_AGENT);
  });

  it('agrees with the manifest homepage when one is set', () => {
    const homepage = json('manifest.json').homepage_url;
    if (homepage) expect(PROJECT_URL).toBe(homepage);
    else expect(PROJECT_URL).toMatch(/^https:\/\//);
  });
});
