/**
 * The memory of the extension's own process in a Chromium launched by the harness: the renderer Chromium starts
 * with `--extension-process` (the service worker and any open extension page) for the browser that uses `profile`. Read from Linux's /proc (PSS: shared pages split between the processes sharing them; RSS
 * where smaps_rollup is not readable). Null where there is no /proc or no such process.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const read = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
};

/** The command lines of this machine's processes, by id (arguments joined by spaces). */
function commandLines(): Map<number, string> {
  const out = new Map<number, string>();
  for (const name of readdirSync('/proc'))
    if (/^\d+$/.test(name)) out.set(Number(name), `${read(`/proc/${name}/cmdline`).replace(/\0/g, ' ')} `);
  return out;
}

/** Kilobytes of one field ("Pss:", "VmRSS:") in a /proc status-like file, or null. */
function field(text: string, name: string): number | null {
  const m = new RegExp(`^${name}\\s+(\\d+) kB`, 'm').exec(text);
  return m ? Number(m[1]) : null;
}

export function extensionProcessMemoryMb(profile: string): number | null {
  if (!existsSync('/proc/self/stat')) return null;
  let kb = 0;
  let found = false;
  // Chromium passes the profile to every child process, so the profile tells this browser's processes apart.
  for (const [pid, cmd] of commandLines()) {
    if (!cmd.includes(`--user-data-dir=${profile} `) || !cmd.includes(' --extension-process ')) continue;
    const size = field(read(`/proc/${pid}/smaps_rollup`), 'Pss:') ?? field(read(`/proc/${pid}/status`), 'VmRSS:');
    if (size === null) continue;
    kb += size;
    found = true;
  }
  return found ? Math.round(kb / 1024) : null;
}
