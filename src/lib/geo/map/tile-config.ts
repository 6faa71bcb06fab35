/**
 * Where the map pictures (tiles) come from. This is configuration, not code: OpenStreetMap's
 * tile policy asks apps not to hard-code tile.openstreetmap.org, so a deployment can switch
 * provider by setting PUBLIC_MAP_TILE_URL, PUBLIC_MAP_ATTRIBUTION and PUBLIC_MAP_ATTRIBUTION_URL
 * (see .env) and rebuilding. Pure, so the build and the browser check it the same way.
 */

export interface TileConfig {
  /** Leaflet URL template: https, with {z}, {x} and {y} (and optionally {s} and {r}). */
  url: string;
  /** Plain text credit shown on the map, e.g. "© OpenStreetMap contributors". */
  attribution: string;
  /** Where the credit links to (https). */
  attributionUrl: string;
}

/** The default: OpenStreetMap's standard tiles, credited as its licence asks. */
export const openStreetMapTiles: TileConfig = {
  url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution: '© OpenStreetMap contributors',
  attributionUrl: 'https://www.openstreetmap.org/copyright'
};

export interface TileSettings {
  url?: string;
  attribution?: string;
  attributionUrl?: string;
}

/**
 * The tile source to use. Nothing set: OpenStreetMap. Something set: all of it must be valid,
 * else `config` is null (the map then shows no pictures, rather than quietly sending people's
 * requests to a provider the deployment did not choose) and `problems` says why.
 */
export function readTileConfig(settings: TileSettings): { config: TileConfig | null; problems: string[] } {
  const url = settings.url?.trim() ?? '';
  const attribution = settings.attribution?.trim() ?? '';
  const attributionUrl = settings.attributionUrl?.trim() ?? '';
  if (!url && !attribution && !attributionUrl) return { config: openStreetMapTiles, problems: [] };

  const problems: string[] = [];
  if (!isTileTemplate(url)) problems.push('PUBLIC_MAP_TILE_URL must be an https URL containing {z}, {x} and {y}');
  if (!attribution) problems.push('PUBLIC_MAP_ATTRIBUTION must credit the tile provider (its licence requires it)');
  if (!isHttps(attributionUrl)) problems.push('PUBLIC_MAP_ATTRIBUTION_URL must be an https URL');
  return problems.length ? { config: null, problems } : { config: { url, attribution, attributionUrl }, problems };
}

/** An https URL template with a zoom, column and row; other placeholders are Leaflet's {s} and {r}. */
export function isTileTemplate(template: string): boolean {
  if (!['{z}', '{x}', '{y}'].every((part) => template.includes(part))) return false;
  const unknown = template.match(/\{[^}]*\}/g)?.filter((p) => !['{z}', '{x}', '{y}', '{s}', '{r}'].includes(p)) ?? [];
  if (unknown.length) return false;
  return isHttps(template.replace(/\{s\}/g, 'a').replace(/\{[zxy]\}/g, '0').replace(/\{r\}/g, ''));
}

function isHttps(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && !url.username && !url.password;
  } catch {
    return false;
  }
}
