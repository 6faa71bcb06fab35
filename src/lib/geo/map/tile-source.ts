/** This build's tile source (see .env and tile-config.ts). Loaded with the map only. */
import { PUBLIC_MAP_ATTRIBUTION, PUBLIC_MAP_ATTRIBUTION_URL, PUBLIC_MAP_TILE_URL } from '$env/static/public';
import { readTileConfig } from './tile-config';

const { config, problems } = readTileConfig({
  url: PUBLIC_MAP_TILE_URL,
  attribution: PUBLIC_MAP_ATTRIBUTION,
  attributionUrl: PUBLIC_MAP_ATTRIBUTION_URL
});
// The build refuses a bad setting (scripts/lib/map-tiles-plugin.ts); this only shows in a dev server.
if (problems.length) console.error(`Map pictures are off: ${problems.join('; ')}`);

/** Where map pictures come from; null when the settings are wrong (no pictures, markers only). */
export const mapTiles = config;
