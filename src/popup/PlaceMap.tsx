/**
 * Where a place is, drawn on the device: a small equirectangular frame with a dot, no map tiles (a tile request
 * would tell a server which places the reader reads about).
 */
export function PlaceMap({ lat, lon }: { lat: number; lon: number }) {
  const x = ((lon + 180) / 360) * 120;
  const y = ((90 - lat) / 180) * 60;
  const ns = `${Math.abs(lat).toFixed(2)}° ${lat >= 0 ? 'N' : 'S'}`;
  const ew = `${Math.abs(lon).toFixed(2)}° ${lon >= 0 ? 'E' : 'W'}`;
  return (
    <figure class="card-map">
      <svg viewBox="0 0 120 60" width="120" height="60" role="img" aria-label={`${ns}, ${ew}`}>
        <rect x="0" y="0" width="120" height="60" rx="4" class="card-map-frame" />
        <line x1="0" y1="30" x2="120" y2="30" class="card-map-equator" />
        <line x1="60" y1="0" x2="60" y2="60" class="card-map-equator" />
        <circle cx={x.toFixed(1)} cy={y.toFixed(1)} r="3" class="card-map-dot" />
      </svg>
      <figcaption class="card-coordinates">
        {ns}, {ew}
      </figcaption>
    </figure>
  );
}
