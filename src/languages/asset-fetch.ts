/**
 * How the extension's worker reads a file of its own package (a NER model, a language pack): by a relative URL from
 * the script that asks, since a service worker may not import() one. Passed in as a parameter so tests serve the
 * assets themselves.
 */
export type AssetFetch = (asset: string) => Promise<Response>;

/** Assets are beside the extension's scripts. */
export const fetchAsset: AssetFetch = (asset) => fetch(new URL(`/${asset}`, globalThis.location.href));

/** The asset's response, or an error naming what failed (`what`) and the HTTP status. */
export async function fetchAssetOk(fetchImpl: AssetFetch, asset: string, what: string): Promise<Response> {
  const response = await fetchImpl(asset);
  if (!response.ok) throw new Error(`${what}: HTTP ${response.status}`);
  return response;
}
