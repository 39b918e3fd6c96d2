/** Where Debian's Firefox ESR lives (the e2e drives it over WebDriver BiDi; `apt-get install -y firefox-esr`). */
import { existsSync } from 'node:fs';

export function firefoxPath(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found)
    throw new Error('Firefox not found: install it with `apt-get install -y firefox-esr` or set FIREFOX_PATH.');
  return found;
}
