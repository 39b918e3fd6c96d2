import { describe, expect, it } from 'vitest';
import { stringsOf as strings } from '../../fuzz/rng';
import { collapsePunctuation, collapseSpace, hasWord, isCartButton, isCartHint, isMicrodataArticle } from '../../../src/pipeline/page/signal-text';
import { PUNCTUATION } from '../../../src/pipeline/page/signals';

// The patterns each function stands for: the oracle every answer is checked against.
const oracle = {
  word: (s: string, w: string) => new RegExp(`\\b${w}\\b`).test(s),
  cart: (s: string) => /add-?to-?(cart|bag|basket)|addtocart|buy-?box|basket|\/cart\b/.test(s),
  cartButton: (s: string) => /^(add to (cart|bag|basket)|in den warenkorb|ajouter au panier|añadir al carrito|buy now)$/.test(s),
  microdata: (s: string) => /schema\.org\/(newsarticle|article|blogposting|reportagenewsarticle|analysisnewsarticle|opinionnewsarticle)$/.test(s),
  space: (s: string) => s.replace(/\s+/g, ' ').trim(),
  punctuation: (s: string) => s.replace(PUNCTUATION, ' ').trim(),
};

const WORDS = ['author', 'authors', 'datePublished', 'price', 'offers', 'x', '_', '-', ' ', '1', 'é', 'co'];
const CART = ['add', 'to', '-', 'cart', 'bag', 'basket', 'buy', 'box', '/', 'x', '_', ' ', '1', 'addtocart'];
const TYPES = ['https://', 'http://', 'schema.org/', 'newsarticle', 'article', 'blogposting', 'opinionnewsarticle', 'x', '/', ' '];
const SPACE = ['a', 'Bc', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '-', '—', '«', '»', '!', '?', '.', '：',
  '、', 'é', '中文', '\u200b', '\u180e', '·', '…', '¿', '\u2028', '\u1680'];

describe('signal-text: the same answers as the patterns they stand for', () => {
  it.each(['author', 'datePublished', 'price', 'offers'])('hasWord(…, %s)', (word) => {
    const inputs = strings(WORDS, 3_000, word.length);
    expect(inputs.filter((s) => hasWord(s, word) !== oracle.word(s, word))).toEqual([]);
    expect(inputs.filter((s) => oracle.word(s, word)).length).toBeGreaterThan(50);
    expect(inputs.filter((s) => !oracle.word(s, word)).length).toBeGreaterThan(50);
  });

  it('isCartHint', () => {
    const inputs = strings(CART, 4_000, 7).concat(['/cart', '/carts', '/cart-x', 'x/cart_', 'add-to-bag', 'addto-basket']);
    expect(inputs.filter((s) => isCartHint(s) !== oracle.cart(s))).toEqual([]);
    expect(inputs.filter((s) => oracle.cart(s)).length).toBeGreaterThan(100);
  });

  it('isCartButton', () => {
    const inputs = ['add to cart', 'add to bag', 'add to basket', 'in den warenkorb', 'ajouter au panier', 'añadir al carrito',
      'buy now', 'buy now!', 'add to cart ', 'add to', '', 'add to carts'];
    expect(inputs.filter((s) => isCartButton(s) !== oracle.cartButton(s))).toEqual([]);
    expect(inputs.filter((s) => oracle.cartButton(s))).toHaveLength(7);
  });

  it('isMicrodataArticle', () => {
    const inputs = strings(TYPES, 3_000, 3);
    expect(inputs.filter((s) => isMicrodataArticle(s) !== oracle.microdata(s))).toEqual([]);
    expect(inputs.filter((s) => oracle.microdata(s)).length).toBeGreaterThan(20);
  });

  it('collapseSpace and collapsePunctuation', () => {
    const inputs = strings(SPACE, 5_000, 11).concat(['', ' ', ' a ', 'a  b', '\n\ta\u00a0b\u3000']);
    expect(inputs.filter((s) => collapseSpace(s) !== oracle.space(s))).toEqual([]);
    expect(inputs.filter((s) => collapsePunctuation(s) !== oracle.punctuation(s))).toEqual([]);
    expect(inputs.filter((s) => oracle.punctuation(s) !== s).length).toBeGreaterThan(1_000);
  });
});
