/**
 * The web app manifest (`/manifest.webmanifest`), written by @vite-pwa/sveltekit at build time.
 * Icons come from static/icon.svg (the plugin's `pwaAssets`).
 */
import type { ManifestOptions } from 'vite-plugin-pwa';
import enCore from '../../messages/en.json' with { type: 'json' };
import enHome from '../../messages/home/en.json' with { type: 'json' };

/** The English words the manifest takes: the app's name and description (Home's bundle), its shortcuts' (core). */
const en = { ...enCore, ...enHome };

/** The app's green: also src/app.html's theme-color and app.css's --brand. */
const themeColour = '#1f4e3d';

export const webManifest: Partial<ManifestOptions> = {
  id: '/',
  name: en.manifest.name,
  short_name: en.manifest.shortName,
  description: en.manifest.description,
  lang: 'en',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  orientation: 'portrait',
  theme_color: themeColour,
  background_color: '#ffffff',
  // The manifest cannot be translated (no browser supports *_localized), so shortcuts go
  // through `/`, which sends each person to the language they chose.
  shortcuts: [
    { name: en.nav.findHelp, url: '/?go=find' },
    { name: en.nav.myPlan, url: '/?go=plan' },
    { name: en.nav.overdose, url: '/?go=overdose' }
  ]
};
