/// <reference types="vitest/config" />
import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vite';
import en from './messages/en.json' with { type: 'json' };
import { appVersion } from './scripts/lib/version.js';

const version = appVersion();
const themeColour = '#1f4e3d';

export default defineConfig({
  define: {
    __APP_VERSION__: JSON.stringify(version)
  },
  plugins: [
    sveltekit(),
    SvelteKitPWA({
      // 'prompt': the new version waits until the person taps Reload, so nothing they are typing is lost.
      registerType: 'prompt',
      injectRegister: false,
      pwaAssets: {
        image: 'static/icon.svg',
        preset: 'minimal-2023',
        overrideManifestIcons: true,
        includeHtmlHeadLinks: false
      },
      manifest: {
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
      },
      workbox: {
        // No skipWaiting: an update waits for the person's tap. clientsClaim lets the very first
        // visit be controlled, so the app works offline from then on without a reload.
        clientsClaim: true,
        globPatterns: ['client/**/*.{js,css,ico,png,svg,webmanifest,json}', 'prerendered/**/*.{html,json}'],
        globIgnores: ['server/**', 'client/.vite/**']
      },
      kit: { trailingSlash: 'always', includeVersionFile: true },
      devOptions: { enabled: false }
    })
  ],
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.{js,ts}'],
    environment: 'node'
  }
});
