/** permissions.* behind SiteAccessApi; undefined where the browser has no permissions API (nothing to ask). */
import type { Browser } from 'webextension-polyfill';
import type { SiteAccessApi } from './site-access';

export function browserSiteAccess(browser: Browser): SiteAccessApi | undefined {
  const permissions = browser.permissions as Browser['permissions'] | undefined;
  if (!permissions?.contains || !permissions.request) return undefined;
  return {
    contains: (pattern) => permissions.contains({ origins: [pattern] }),
    request: (patterns) => permissions.request({ origins: patterns }),
    subscribe(onChange) {
      const listener = () => onChange();
      permissions.onAdded?.addListener(listener);
      permissions.onRemoved?.addListener(listener);
      return () => {
        permissions.onAdded?.removeListener(listener);
        permissions.onRemoved?.removeListener(listener);
      };
    },
  };
}
