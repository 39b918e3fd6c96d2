import { HOST_STYLE, SHADOW_CSS } from './styles';
import type { OverlayStrings } from './parts';

/**
 * The zero-size host, its closed shadow root, the layer the underlines go in and the (hidden) card. The host is a
 * plain `div`: a custom element name could be defined by the page first, which would run the page's constructor
 * on our host and hand it the closed root through attachInternals(); a built-in element cannot be.
 */
export function buildHost(doc: Document, strings: OverlayStrings) {
  const host = doc.createElement('div');
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = SHADOW_CSS;
  root.append(style);
  const layer = doc.createElement('div');
  layer.setAttribute('role', 'region');
  layer.setAttribute('aria-label', strings.regionLabel);
  root.append(layer);
  const card = doc.createElement('div');
  card.className = 'card';
  card.id = 'card';
  card.hidden = true;
  root.append(card);
  return { host, root, layer, card };
}
