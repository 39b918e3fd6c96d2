/**
 * The measurement contract: runs the extension's own pipeline code in Node (linkedom for the DOM).
 *   analyze [--url URL] [--date YYYY-MM-DD] FILE...     one JSON line per file
 *   analyze --list FILE.tsv --root DIR                   the same for each row's `path`, in row order
 *   analyze --conll [--lang L] < FILE                    token<TAB>IOB2 per input token (L's model; English default)
 * JSON lines go to stdout only; logs and errors go to stderr.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeFile, analyzeText } from './analyze-file';
import { runConll } from './analyze-conll';

interface Args {
  url?: string;
  date?: string;
  list?: string;
  root?: string;
  lang?: string;
  conll: boolean;
  files: string[];
}

function parseArgs(argv: string[]): Args {
  const args: Args = { conll: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = () => {
      const value = argv[++i];
      if (value === undefined) throw new Error(`${a} needs a value`);
      return value;
    };
    if (a === '--url') args.url = next();
    else if (a === '--date') args.date = next();
    else if (a === '--list') args.list = next();
    else if (a === '--root') args.root = next();
    else if (a === '--conll') args.conll = true;
    else if (a === '--lang') args.lang = next();
    else if (a === '--help' || a === '-h') {
      process.stderr.write(
        'usage: analyze [--url URL] [--date YYYY-MM-DD] FILE... | --list FILE.tsv --root DIR | --conll [--lang L] < FILE\n',
      );
      process.exit(0);
    } else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else args.files.push(a);
  }
  if (args.date && !/^\d{4}-\d{2}-\d{2}$/.test(args.date)) throw new Error('--date must be YYYY-MM-DD');
  return args;
}

function listPaths(tsv: string, root: string): string[] {
  const [header, ...rows] = readFileSync(tsv, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim());
  const col = header!.split('\t').indexOf('path');
  if (col < 0) throw new Error(`${tsv}: no "path" column in the header`);
  return rows.map((row) => resolve(root, row.split('\t')[col]!));
}

function emit(record: unknown): void {
  process.stdout.write(`${JSON.stringify(record)}\n`);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.conll) return runConll(process.stdin, process.stdout, { lang: args.lang });
  const files = args.list ? listPaths(args.list, args.root ?? '.') : args.files;
  if (!files.length) throw new Error('no input files (see --help)');
  for (const path of files) {
    try {
      emit(await (/\.(txt|text)$/i.test(path) ? analyzeText(path, args) : analyzeFile(path, args)));
    } catch (error) {
      // One bad file must not lose the others: report it in its line and on stderr.
      process.stderr.write(`analyze: ${path}: ${(error as Error).message}\n`);
      emit({
        path,
        error: (error as Error).message,
        isArticle: false,
        score: 0,
        article: null,
        entities: [],
        events: [],
        timings: { detect_ms: 0, extract_ms: 0, nlp_ms: 0 },
      });
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`analyze: ${(error as Error).message}\n`);
  process.exit(2);
});
