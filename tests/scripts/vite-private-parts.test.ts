import { describe, expect, it } from 'vitest';
import { unusedPartChunks, withoutPrivateResources } from '../../scripts/vite-private-parts.js';

const war = (resources: string[]) => ({ matches: ['http://*/*', 'https://*/*'], resources, use_dynamic_url: false });

describe('withoutPrivateResources', () => {
  it.each([
    ['the injected parts alone: the key goes', [war(['src/content/extract-part.js'])], undefined],
    [
      'the parts beside another file: the other file stays',
      [war(['src/content/highlights-part.js', 'icons/icon-16.png'])],
      [war(['icons/icon-16.png'])],
    ],
    [
      'a file merely named like a part elsewhere: stays',
      [war(['assets/extract-part.js'])],
      [war(['assets/extract-part.js'])],
    ],
    ['a content file that is no part: stays', [war(['src/content/index.js'])], [war(['src/content/index.js'])]],
  ])('%s', (_name, given, expected) => {
    const out = withoutPrivateResources({ name: 'x', web_accessible_resources: given });
    expect(out.web_accessible_resources).toEqual(expected);
    expect(out).toHaveProperty('name', 'x');
  });

  it('leaves a manifest without the key as it is', () => {
    expect(withoutPrivateResources({ name: 'x' })).toEqual({ name: 'x' });
  });
});

const chunk = (fileName: string, facadeModuleId: string | null, imports: string[] = [], isEntry = false) => ({
  type: 'chunk',
  fileName,
  facadeModuleId,
  imports,
  dynamicImports: [],
  isEntry,
  isDynamicEntry: false,
});

describe('unusedPartChunks', () => {
  it("lists the parts' module chunks and what only they import, never what another chunk still needs", () => {
    const chunks = [
      chunk('assets/extract-part.ts-1.js', '/p/src/content/extract-part.ts', ['assets/parts-1.js', 'assets/url-1.js']),
      chunk('assets/highlights-part.ts-1.js', 'C:\\p\\src\\content\\highlights-part.ts', ['assets/parts-1.js']),
      chunk('assets/parts-1.js', '/p/src/content/parts.ts'),
      chunk('assets/url-1.js', '/p/src/shared/url.ts'),
      chunk('assets/index.ts-1.js', '/p/src/background/index.ts', ['assets/url-1.js'], true),
      chunk('assets/other-part.ts-1.js', '/p/src/popup/other-part.ts'),
      { type: 'asset', fileName: 'src/content/extract-part.js', source: '' },
    ];
    const bundle = Object.fromEntries(chunks.map((c) => [c.fileName, c]));
    expect(unusedPartChunks(bundle).sort()).toEqual([
      'assets/extract-part.ts-1.js',
      'assets/highlights-part.ts-1.js',
      'assets/parts-1.js',
    ]);
  });

  it('lists nothing in a bundle without parts', () => {
    expect(unusedPartChunks({ a: chunk('assets/a.js', '/p/src/popup/index.html', [], true) })).toEqual([]);
  });
});
