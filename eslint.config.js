// ESLint (flat config): the recommended JavaScript, TypeScript and Svelte rules, and the import
// boundaries that keep the storage layer below the features (issue #17). `npm run lint`, part of
// `npm test`.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

/** The feature folders of src/lib (STYLE.md): each one room, entered through its own modules. */
const features = ['backup', 'directory', 'geo', 'overdose', 'plan', 'privacy', 'saved'];

/**
 * What each feature lets the others use (paths inside its folder, without .ts). Everything else
 * in a feature is its own business: another feature that reaches in gets a lint error, and
 * widening a feature's surface is a visible edit here. Shared folders (db, i18n, components,
 * layout, pwa, sources, safe-values, idle) are open to all.
 */
const publicModules = {
  backup: ['format'],
  directory: ['model', 'search', 'distance', 'helplines', 'ui/labels', 'service/service-path'],
  geo: ['place', 'place-loader', 'place-choice.svelte', 'remembered-place', 'LocationChooser.svelte', 'map/ListMapToggle.svelte', 'map/ServiceMap.svelte'],
  overdose: [],
  plan: ['model', 'repository', 'download'],
  privacy: ['lock/vault', 'lock/sealed-rows', 'lock/lock-ui', 'crypto/webcrypto', 'quick-exit/start', 'quick-exit/url', 'QuickExit.svelte'],
  saved: ['saved-service', 'repository', 'saved-reads', 'SaveButton.svelte']
};

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** For files in `feature`: an import of another feature's module outside its public list. */
function otherFeaturesInternals(feature) {
  return features
    .filter((other) => other !== feature)
    .map((other) => ({
      // `$lib/plan/x` or `../../plan/x`; the public modules are let through.
      regex: `^(\\$lib/|(\\.\\./)+)${other}/(?!(${publicModules[other].map(escape).join('|') || '(?!)'})$)`,
      message: `${other}'s own module: use what ${other} makes public (publicModules in eslint.config.js), or move what both need to a shared folder.`
    }));
}

export default ts.config(
  {
    // What the build, the tests and the benchmarks write (the same folders as .gitignore).
    ignores: [
      'build/',
      'build-*/',
      '.svelte-kit/',
      '.scratch/',
      '.tmp/',
      'node_modules/',
      'static/',
      'reports/',
      'test-results/',
      'playwright-report/',
      'perf/floor/',
      'perf/reports/',
      'dev-dist/'
    ]
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: {
      globals: {
        ...globals.browser,
        ...globals.node,
        // Defined at build time (vite.config.ts `define`).
        __APP_VERSION__: 'readonly',
        __MESSAGES_BASE__: 'readonly',
        __WHOLE_DIRECTORY_UP_TO__: 'readonly'
      }
    },
    rules: {
      // `_name` marks a value left out on purpose (a destructured field dropped, a callback's unused argument).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Onward is served from a domain's root (docs/deploying.md): there is no base path for
      // resolve() to add, and every page path comes from i18n/paths.ts (localePath), which puts
      // the language in front.
      'svelte/no-navigation-without-resolve': 'off'
    }
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } }
  },
  {
    // The storage layer serves every feature and depends on none (STYLE.md: one storage gateway).
    files: ['src/lib/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(\\$lib|\\.\\.)/(${features.join('|')})(/|$)`,
              message: 'src/lib/db imports no feature: declare the row or setting type in db, and let the feature import it from there.'
            }
          ]
        }
      ]
    }
  },
  // Features use each other only through their public modules. Tests and fixtures may reach in.
  ...features.map((feature) => ({
    files: [`src/lib/${feature}/**`],
    ignores: ['**/*.test.ts', '**/fixtures.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: otherFeaturesInternals(feature) }] }
  }))
);
