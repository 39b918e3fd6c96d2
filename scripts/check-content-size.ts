/** Fails the build check when the script injected into every page grows past its budget. */
import { contentScriptSize } from './content-size';

const BUDGET_GZIP_BYTES = 10 * 1024;
const dist = process.argv[2] ?? 'dist';
const size = contentScriptSize(dist);
const line = `content script on every page: ${size.files.length} files, ${(size.bytes / 1024).toFixed(1)} KB, ${(size.gzipBytes / 1024).toFixed(1)} KB gzipped (budget ${BUDGET_GZIP_BYTES / 1024} KB)`;
if (size.gzipBytes > BUDGET_GZIP_BYTES) {
  console.error(`${line}\n  over budget: ${size.files.join(', ')}`);
  process.exit(1);
}
console.log(line);
