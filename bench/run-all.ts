/**
 * `npm run bench`: runs every `bench:*` script in package.json, in name order, each printing ours beside its peer.
 * A benchmark whose data is absent prints why and exits 0, so this always covers what is present.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const scripts = Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>)
  .filter((name) => name.startsWith('bench:'))
  .sort();
if (!scripts.length) console.log('No benchmarks yet.');
let failed = 0;
for (const name of scripts) {
  console.log(`\n=== npm run ${name} ===`);
  const run = spawnSync('npm', ['run', '-s', name], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
