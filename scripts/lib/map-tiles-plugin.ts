import { loadEnv, type Plugin } from 'vite';
import { readTileConfig } from '../../src/lib/geo/map/tile-config';

/** Stops a build whose map tile settings (.env, PUBLIC_MAP_*) are wrong, instead of shipping a map without pictures. */
export function checkMapTiles(): Plugin {
  return {
    name: 'onward-check-map-tiles',
    configResolved(config) {
      const env = loadEnv(config.mode, config.envDir || process.cwd(), 'PUBLIC_MAP_');
      const { problems } = readTileConfig({
        url: env.PUBLIC_MAP_TILE_URL,
        attribution: env.PUBLIC_MAP_ATTRIBUTION,
        attributionUrl: env.PUBLIC_MAP_ATTRIBUTION_URL
      });
      if (problems.length) throw new Error(`Map tile settings: ${problems.join('; ')}`);
    }
  };
}
