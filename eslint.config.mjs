// @ts-check
// ESLint flat config (../shared/STYLE.md §7, after Starlight's `eslint.config.mjs`): ESLint and
// typescript-eslint recommended rules with type information, Astro's recommended rules, then
// `eslint-config-prettier` last so that no rule fights the formatter. Every override says why.
import eslint from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettierConfig from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // Build output, caches, reports, and generated or vendored files (kept as their tool writes them).
  globalIgnores([
    'dist/',
    '.astro/',
    'node_modules/',
    'test-results/',
    'playwright-report/',
    'coverage/',
    '.bench/',
    '.cache/',
    'public/mockServiceWorker.js',
  ]),

  // Node.js globals for scripts and config files (browser code gets its globals from the DOM lib
  // through type information, and the Astro config below adds browser globals for `<script>`).
  {
    languageOptions: {
      globals: { ...globals.nodeBuiltin },
    },
  },

  eslint.configs.recommended,

  // typescript-eslint recommended rules, with type information from the project's tsconfig.
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },

  // Scripts and config files in plain JavaScript: the project does not type-check them (no
  // `checkJs`), so every value would be `any` to the type-aware rules. They keep the other rules.
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
  },

  astro.configs.recommended,
  {
    files: ['**/*.astro'],
    languageOptions: {
      // astro-eslint-parser has no project service; it builds a program from the tsconfig instead
      // (it would otherwise warn once per file and fall back to the same thing).
      parserOptions: { projectService: false, project: true },
    },
  },
  // `<script>` blocks of Astro components are linted as virtual files (`Page.astro/1_1.ts`) that
  // no tsconfig can include, so the type-aware rules cannot run there; the others still do.
  {
    files: ['**/*.astro/*.ts', '**/*.astro/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },

  {
    rules: {
      // Unions such as `FaqSectionId | string` or `string | 'patient'` are deliberate: they name the
      // values the code expects while accepting any string (as in Starlight's config).
      '@typescript-eslint/no-redundant-type-constituents': 'off',
      // Same conventions as `tsc` with `noUnusedLocals`/`noUnusedParameters`: a leading `_` marks
      // a deliberately unused binding, and destructuring with a rest element omits properties.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          ignoreRestSiblings: true,
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
        },
      ],
    },
  },

  // Turn off every rule that Prettier already decides. Must come last among shared configs.
  prettierConfig,
);
