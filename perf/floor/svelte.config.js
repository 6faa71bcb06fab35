// The floor: a bare SvelteKit page with Onward's build settings, so `npm run perf` can show what
// the framework alone scores. Same adapter options as ../../svelte.config.js, minus the app's
// version name and service-worker settings (the floor has no service worker).
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
export default {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ pages: 'build', assets: 'build', precompress: false, strict: true }),
    prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
    inlineStyleThreshold: 8192
  }
};
