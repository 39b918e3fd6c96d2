/**
 * Strings a hostile or broken page puts where the pipeline reads text: markup and script that must stay text,
 * JSON that attacks prototypes, and Unicode that trips naive string code.
 */
export const MARKUP = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '<a href="javascript:window.__pwned=1">click</a>',
  '"><svg onload=window.__pwned=1>',
  "'); window.__pwned=1; ('",
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  // A template literal's placeholder, sent as plain text: it must stay text wherever it lands.
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the placeholder is the hostile input
  '${window.__pwned=1}',
  '<style>*{display:none!important}</style>',
  '&lt;b&gt;escaped&lt;/b&gt; &amp;amp; &#x3C;i&#x3E;',
];

export const UNICODE = [
  '\u202Egnp.exe', // right-to-left override
  'Zal\u0307\u0327\u0301g\u0308o\u0301',
  'zero\u200Bwidth\u200Djoiner\uFEFF',
  '\uD800 lone surrogate \uDFFF',
  '\u0000nul\u0001ctrl\u001F',
  '👩‍👩‍👧‍👦 🇷🇺 🇨🇳',
  'Владимир Путин встретится с Си Цзиньпином',
  '习近平 与 普京 会晤',
  'مرحبا بالعالم',
  'Ａｎｇｅｌａ　Ｍｅｒｋｅｌ',
  'line\u2028separator\u2029paragraph',
  'x'.repeat(5_000),
];

/** JSON-LD bodies: valid but hostile, or not JSON at all. */
export const JSON_LD = [
  '{"@type":"NewsArticle","__proto__":{"polluted":"yes"},"headline":"Proto headline"}',
  '{"@type":"NewsArticle","constructor":{"prototype":{"polluted":"yes"}},"headline":"Ctor headline"}',
  '{"@type":"NewsArticle","headline":{"__proto__":{"polluted":1}},"author":{"__proto__":{"name":"Proto Author"}}}',
  '{"@type":"NewsArticle","headline":',
  '{"@type":["NewsArticle",null,42,{"x":1}],"headline":["A",{"@value":"B"}],"author":[null,{"name":null},{"name":["C"]}]}',
  '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]',
  '{"@graph":{"@graph":{"@graph":{"@graph":{"@type":"NewsArticle","headline":"Deep graph"}}}}}',
  '{"@type":"NewsArticle","datePublished":"2022-13-45T99:99:99Z","dateModified":1e400,"headline":1e308}',
  '<!-- {"@type":"NewsArticle","headline":"Commented"} -->',
  'undefined',
  '{"@type":"NewsArticle","headline":"</script><script>window.__pwned=1</script>"}',
  '\uFEFF{"@type":"NewsArticle","headline":"BOM headline"}',
];

export const ALL_TEXT = [...MARKUP, ...UNICODE];
