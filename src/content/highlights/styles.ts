/** The overlay's own CSS, inside its shadow root: nothing here reaches the page, nothing of the page reaches in. */
export const HOST_STYLE =
  'all: initial !important; position: absolute !important; top: 0 !important; left: 0 !important; width: 0 !important;' +
  ' height: 0 !important; margin: 0 !important; padding: 0 !important; border: 0 !important; overflow: visible !important;' +
  ' z-index: 1 !important; pointer-events: none !important; display: block !important;';
/**
 * Underlines sit low (z-index 1: above the article's text, below a site's sticky header or menus); while a card is
 * open the layer rises above everything. No `contain`: layout containment would pin the fixed card to the host.
 */
export const RAISED_Z = '2147483646';
export const RESTING_Z = '1';

export const SHADOW_CSS = `
:host { all: initial; }
.u { position: absolute; height: 2px; border-radius: 1px; opacity: .7; pointer-events: none; }
.u.person { background: #3b6fd8; }
.u.organization { background: #8a4fd0; }
.u.place { background: #1f9d6b; }
.u.event { background: #d9822b; }
.u.active { opacity: 1; height: 3px; }
.f { position: absolute; pointer-events: none; border-radius: 3px; margin: 0; padding: 0; border: 0; outline: none;
  background: transparent; appearance: none; font: inherit; color: inherit; }
.f[hidden] { display: none; }
.f.focus { outline: 3px solid #3b6fd8; outline-offset: 1px; background: rgba(59, 111, 216, .08); }
.card { position: fixed; z-index: 1; max-width: 300px; min-width: 180px; box-sizing: border-box; padding: 10px 12px;
  border-radius: 10px; border: 1px solid #d9dce4; background: #fff; color: #1b1c20; pointer-events: auto;
  box-shadow: 0 6px 24px rgba(20, 24, 40, .18); font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  text-align: left; letter-spacing: normal; text-transform: none; white-space: normal; }
.card[hidden] { display: none; }
.name { display: block; font-weight: 650; font-size: 14px; }
.kind { display: block; color: #5b5f6b; font-size: 12px; margin-top: 1px; }
.summary { display: block; margin-top: 6px; }
.count { display: block; color: #5b5f6b; font-size: 11px; margin-top: 6px; }
.photo { float: right; width: 56px; height: 56px; margin: 0 0 6px 10px; border-radius: 6px; object-fit: cover; }
.open { display: block; margin-top: 8px; padding: 0; border: 0; background: none; color: #3347b0; font: inherit;
  font-weight: 600; text-decoration: underline; cursor: pointer; }
.open:focus-visible { outline: 2px solid #3347b0; outline-offset: 2px; }
.legend { display: block; clear: both; margin-top: 8px; padding-top: 6px; border-top: 1px solid #e3e5ec; color: #5b5f6b;
  font-size: 11px; }
.legend .key { white-space: nowrap; }
.legend .dot { margin: 0 3px 0 4px; }
.dot { display: inline-block; width: 8px; height: 8px; border-radius: 50%; margin-right: 6px; vertical-align: 1px; }
.dot.person { background: #3b6fd8; } .dot.organization { background: #8a4fd0; }
.dot.place { background: #1f9d6b; } .dot.event { background: #d9822b; }
@media (prefers-color-scheme: dark) {
  .card { background: #1f2026; color: #ececf1; border-color: #34363f; box-shadow: 0 6px 24px rgba(0, 0, 0, .5); }
  .kind, .count, .legend { color: #a4a8b4; }
  .legend { border-top-color: #34363f; }
  .open { color: #8fa0ff; }
}
@media (prefers-reduced-motion: no-preference) { .card { transition: opacity .12s ease-out; } }
`;
