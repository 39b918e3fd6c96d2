import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const SEED = 'tests/fixtures/pages/seed-fox-putin-xi/source.html';
const SECTION = 'tests/fixtures/pages/fox-world-section/source.html';
const run = (args: string[], input?: string) =>
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts', ...args], {
    encoding: 'utf8',
    input,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
const lines = (out: string) =>
  out
    .trim()
    .split('\n')
    // biome-ignore lint/suspicious/noExplicitAny: parsed JSON lines whose fields the tests check one by one
    .map((l) => JSON.parse(l) as Record<string, any>);

describe('npm run analyze (the measurement contract)', () => {
  it('prints one JSON line per file with the contract fields, and reads .html.gz', () => {
    const dir = mkdtempSync(join(tmpdir(), 'analyze-'));
    const gz = join(dir, 'seed.html.gz');
    writeFileSync(gz, gzipSync(readFileSync(SEED)));
    const [seed, section, zipped] = lines(
      run(['--url', 'https://www.foxnews.com/world/putin-xi-meet', SEED, SECTION, gz]),
    );
    expect(Object.keys(seed!)).toEqual(
      expect.arrayContaining(['path', 'isArticle', 'score', 'article', 'entities', 'events', 'timings']),
    );
    expect(seed!.isArticle).toBe(true);
    expect(section!.isArticle).toBe(false);
    expect(Object.keys(seed!.article)).toEqual(
      expect.arrayContaining([
        'title',
        'byline',
        'authors',
        'publisher',
        'publishedAt',
        'lang',
        'url',
        'text',
        'relatedLinks',
      ]),
    );
    expect(seed!.article.title).toContain('Putin, Xi to meet');
    expect(zipped!.article.text).toBe(seed!.article.text);
    expect(Object.keys(seed!.timings).sort()).toEqual(['detect_ms', 'extract_ms', 'nlp_ms']);
    for (const entity of seed!.entities) {
      for (const m of entity.mentions) expect(seed!.article.text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('lists the names held back as unsure, untyped, only when there are some', () => {
    const dir = mkdtempSync(join(tmpdir(), 'analyze-'));
    const unsure = join(dir, 'unsure.txt');
    const sure = join(dir, 'sure.txt');
    writeFileSync(unsure, "She discussed online photos with Naomi Wolf in Harper's Bazaar in 2016.\n");
    writeFileSync(sure, 'Prime Minister Boris Johnson spoke in Parliament on Tuesday.\n');
    const [withUnsure, without] = lines(run([unsure, sure]));
    expect(withUnsure!.alsoMentioned).toEqual(['Bazaar']);
    expect(withUnsure!.entities.map((e: { name: string }) => e.name)).not.toContain('Bazaar');
    expect(without!).not.toHaveProperty('alsoMentioned');
  });

  it('runs each row of a --list TSV in order, and reports a missing file on its own line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'analyze-'));
    const tsv = join(dir, 'index.tsv');
    writeFileSync(tsv, `path\tlabel\n${SECTION}\tnot_article\nmissing.html\tarticle\n${SEED}\tarticle\n`);
    const out = lines(run(['--list', tsv, '--root', process.cwd()]));
    expect(out.map((o) => o.path.split('/').at(-2) ?? o.path)).toEqual([
      'fox-world-section',
      expect.any(String),
      'seed-fox-putin-xi',
    ]);
    expect(out[1]!.error).toMatch(/ENOENT|no such file/);
  });

  it('takes text input with --date as the publication date', () => {
    const dir = mkdtempSync(join(tmpdir(), 'analyze-'));
    const txt = join(dir, 'a.txt');
    writeFileSync(txt, 'Putin met Xi on Wednesday.');
    const [out] = lines(run(['--date', '2022-09-07', txt]));
    expect(out!.article.text).toBe('Putin met Xi on Wednesday.');
    expect(out!.article.publishedAt).toBe('2022-09-07');
  });

  it('--conll writes token<TAB>tag for every input token, keeping -DOCSTART- and blank lines', () => {
    const input =
      '-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\nGerman JJ B-NP B-MISC\n\nPeter NNP B-NP B-PER\nBlackburn NNP I-NP I-PER\n';
    const out = run(['--conll'], input).split('\n');
    expect(out[0]).toBe('-DOCSTART-\tO');
    expect(out[1]).toBe('');
    expect(out.slice(2, 5).map((l) => l.split('\t')[0])).toEqual(['EU', 'rejects', 'German']);
    expect(out[5]).toBe('');
    expect(out.slice(6, 8).map((l) => l.split('\t')[0])).toEqual(['Peter', 'Blackburn']);
    for (const line of out.filter((l) => l && !l.startsWith('-DOCSTART-')))
      expect(line).toMatch(/^\S+\t(O|[BI]-(PER|ORG|LOC|MISC))$/);
  });

  it("--conll --lang tags with that language's model and keeps the lines as they were", () => {
    const input = readFileSync('tests/fixtures/conll/de-news.conll', 'utf8');
    const out = run(['--conll', '--lang', 'de'], input).trimEnd().split('\n');
    const lines = input.trimEnd().split('\n');
    expect(out.length).toBe(lines.length);
    out.forEach((line, i) => {
      const token = lines[i]!.split('\t')[0]!;
      if (!token) expect(line).toBe('');
      else if (token.startsWith('-DOCSTART-')) expect(line).toBe('-DOCSTART-\tO');
      else expect(line).toMatch(new RegExp(`^${token.replace(/[.]/g, '\\.')}\t(O|[BI]-(PER|ORG|LOC|MISC))$`));
    });
    const tag = (token: string, nth = 0) => out.filter((l) => l.startsWith(`${token}\t`))[nth]?.split('\t')[1];
    // A German model finds the names; the English one takes German nouns for names instead.
    expect([tag('Olaf'), tag('Scholz'), tag('Paris'), tag('Macron'), tag('München')]).toEqual([
      'B-PER',
      'I-PER',
      'B-LOC',
      'I-PER',
      'B-LOC',
    ]);
    // The document's "Scholz" alone is the person named in full before it.
    expect(tag('Scholz', 1)).toBe('B-PER');
    expect([tag('sagte'), tag('Sitz'), tag('Präsidenten')]).toEqual(['O', 'O', 'O']);
  });

  it('--conll --lang with a language that has no model tags as English does', () => {
    const input = 'EU NNP B-NP B-ORG\nrejects VBZ B-VP O\nGerman JJ B-NP B-MISC\n';
    expect(run(['--conll', '--lang', 'xx'], input)).toBe(run(['--conll'], input));
  }, 60_000);

  it('rejects a malformed --date with a clear message on stderr', () => {
    expect(() => run(['--date', '7/9/2022', SEED])).toThrow(/--date must be YYYY-MM-DD/);
  });
});
