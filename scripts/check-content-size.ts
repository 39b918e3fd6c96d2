/**
 * Fails the build check when the script injected into every page grows past its budget, or when the service worker
 * holds another language's words (they are fetched assets: a wake-up must not grow with the languages). Prints both
 * sizes.
 */
import { contentScriptSize, workerSize } from './content-size';
import { foreignPacksIn } from './worker-languages';

const BUDGET_GZIP_BYTES = 10 * 1024;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const dist = process.argv[2] ?? 'dist';
let failed = false;

const size = contentScriptSize(dist);
const line = `content script on every page: ${size.files.length} files, ${kb(size.bytes)} KB, ${kb(size.gzipBytes)} KB gzipped (budget ${BUDGET_GZIP_BYTES / 1024} KB)`;
if (size.gzipBytes > BUDGET_GZIP_BYTES) {
  console.error(`${line}\n  over budget: ${size.files.join(', ')}`);
  failed = true;
} else console.log(line);

const worker = workerSize(dist);
console.log(
  `service worker at wake-up: ${worker.files.length} files, ${kb(worker.bytes)} KB, ${kb(worker.gzipBytes)} KB gzipped`,
);
const foreign = foreignPacksIn(dist, worker.files);
for (const { code, held, total } of foreign) {
  console.error(
    `  the worker holds ${held.length} of ${total} ${code} words (${held.slice(0, 6).join(', ')}…): only English's pack belongs in it`,
  );
}
if (failed || foreign.length) process.exit(1);
