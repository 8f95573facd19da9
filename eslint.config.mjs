// `npm run lint` (ESLint, then `prettier --check`); `npm run format` (Prettier, then the fixes ESLint can make).
// Prettier owns layout (.prettierrc.json), so no rule here is about formatting.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores(['dist/', 'site/', 'reports/', '.shots/', '.bench/', 'custom-elements.json', 'demo/report-data.js']),

  js.configs.recommended,
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },

  // TypeScript with types (src, tests, examples: the two tsconfigs that cover them): floating and misused
  // promises, awaiting a non-promise, unsafe `any`, assertions that change nothing, and the rest of the set.
  {
    files: ['src/**/*.ts', 'tests/**/*.ts', 'examples/**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { project: ['./tsconfig.test.json', './examples/tsconfig.json'], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // House pattern: views take their callbacks and message functions as props declared in method syntax
      // (`onStart(): void`, `completionN(n: number): string`) and destructure them; none of them uses `this`,
      // so every report of this rule is a false positive (23 of 23 when it was introduced).
      '@typescript-eslint/unbound-method': 'off',
      // House pattern: an element class merges with an interface of the same name to type its own
      // addEventListener overloads (as lib.dom does for HTMLElement); the interface adds no members to implement.
      '@typescript-eslint/no-unsafe-declaration-merging': 'off',
    },
  },
  // Plain JavaScript and the declaration files beside it (build tools, test support, configs, the demo's
  // scripts): the same rules, without types.
  {
    files: ['**/*.{js,mjs,cjs,mts}'],
    // examples/ holds TypeScript (typed above) and the receiver's plain Node modules (here)
    ignores: ['tests/**', 'src/**', 'examples/**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
  },
  // The demo runs in the page; the bench and the screenshot scripts pass functions to page.evaluate().
  { files: ['demo/**/*.js', 'tools/bench/**/*.mjs', 'tools/visual/**/*.mjs'], languageOptions: { globals: { ...globals.browser } } },

  {
    rules: {
      // House pattern: a leading underscore marks a binding left unused on purpose (a dropped field in
      // `{ extension: _, ...coding }`, an overridable hook's parameter).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },

  // Tests read JSON, shadow roots and runner globals typed `any` all the time; `any` and the unsafe-any family
  // find nothing there but noise (about 500 reports, none a bug, when they were introduced). On in src/.
  {
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  // chai's property assertions (`expect(x).to.exist`, `.to.be.true`) are expressions by design.
  { files: ['tests/browser/**/*.ts'], rules: { '@typescript-eslint/no-unused-expressions': 'off' } },

  // Lit templates and custom elements.
  {
    files: ['src/**/*.ts', 'tests/browser/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended']],
    settings: { wc: { elementBaseClasses: ['LitElement'] } },
  },
]);
