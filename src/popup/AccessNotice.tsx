import { useEffect, useRef, useState } from 'preact/hooks';
import './access.css';
import { failingSources } from '../shared/site-access';
import { AccessNote, useMissingAccess } from '../options/SiteAccess';
import type { Settings } from '../shared/settings';
import type { TabState } from '../shared/tab-state';
import type { ReaderControls } from './reader-controls';

/**
 * The popup's note when a source the reader turned on failed for this tab and the browser has not granted access
 * to its host (Firefox MV3 host permissions are the reader's to grant; a custom endpoint needs its own): names the
 * hosts and what may not work, and asks the browser on click. `onGranted` runs once when the access comes (from
 * the click, or from the browser's own settings): what failed for want of it can then be fetched again.
 */
export function AccessNotice({
  access,
  state,
  onGranted,
}: {
  access?: ReaderControls['siteAccess'];
  state: TabState | null;
  onGranted?: () => void;
}) {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => void access?.settings().then(setSettings, () => {}), [access]);
  const [allMissing, refresh] = useMissingAccess(settings, access?.api);
  const failing = failingSources(state);
  // Only what failed: one host may serve every source (a mirror), yet only the refused ones are named.
  const missing = allMissing
    .map((m) => ({ ...m, sources: m.sources.filter((s) => failing.includes(s)) }))
    .filter((m) => m.sources.length > 0);
  const [shown, setShown] = useState(false);
  useEffect(() => void (missing.length && setShown(true)), [missing.length]);
  const granted = shown && !missing.length;
  // The latest callback, called once per grant (the popup passes a new function on every render).
  const grantedCallback = useRef(onGranted);
  grantedCallback.current = onGranted;
  useEffect(() => void (granted && grantedCallback.current?.()), [granted]);
  if (!access || (!missing.length && !shown)) return null;
  return <AccessNote missing={missing} access={access.api} onChange={refresh} />;
}
