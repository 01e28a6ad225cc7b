import js from '@eslint/js';
import { configs as litConfigs } from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'custom-elements.json', '.scratch/', 'release/', 'test/recipes/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Lit calls event handlers with `this` bound to the element, so passing methods is safe.
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-confusing-void-expression': 'off',
    },
  },
  {
    files: ['src/ui/**/*.ts', 'test/browser/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['src/ui/**/*.ts'],
    ...wcConfigs['flat/recommended'],
  },
  {
    files: ['src/ui/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // The recipes import the packed package, whose types exist only after a build; npm run
    // test:recipes type-checks them against it.
    files: ['examples/**/*.ts', 'examples/**/*.tsx'],
    ...tseslint.configs.disableTypeChecked,
  },
);
