// ESLint (flat config): the recommended JavaScript, TypeScript and Svelte rules, and the import
// boundaries that keep the storage layer below the features (issue #17). `npm run lint`, part of
// `npm test`.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

/** The feature folders of src/lib (STYLE.md): each one room, entered through its own modules. */
const features = ['backup', 'directory', 'geo', 'overdose', 'plan', 'privacy', 'saved'];

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
  }
);
