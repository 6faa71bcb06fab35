// Built from this folder with the root's node_modules/.bin/vite; imports resolve upward to ../../node_modules.
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({ plugins: [sveltekit()] });
