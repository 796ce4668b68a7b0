// ESLint for the whole tree: typescript-eslint's type-checked strict preset everywhere, React's hooks
// rules for the Custom UI surfaces in static/, and eslint-config-prettier last so layout is Prettier's alone.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['node_modules/', 'static/*/build/', 'coverage/', 'test-results/', '.product-lens-state/', 'test/fixtures/'],
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // Each file is checked with the tsconfig.json nearest to it: the root one for src/, dev/ and
        // test/, static/tsconfig.json for the browser surfaces.
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Numbers in messages and URLs (`${count} issues`, `/sprint/${id}`) print as written; the rule
      // still refuses objects, null, undefined and anything else that would print wrongly.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowAny: false, allowBoolean: false, allowNever: false, allowNullish: false, allowRegExp: false },
      ],
      // `onClick={() => setOpen(false)}` and `afterEach(() => mock.mockRestore())` are how React and
      // Jest callbacks are written, and `if (missing) return send(res, 404, …)` ends a function that
      // returns nothing; a void value used as a value (assigned, passed, compared) is still flagged.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true, ignoreVoidReturningFunctions: true }],
      // `const { total: _total, ...page } = …` is how a key is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      '@typescript-eslint/no-deprecated': [
        'error',
        {
          // Moving from `xcss` to `@atlaskit/css` needs the Compiled CSS build step (and
          // `@atlaskit/primitives/compiled`): a change of its own, not a lint fix. Lozenge's `isBold`
          // goes when Lozenge becomes bold by default; dropping it sooner would change how lozenges look.
          allow: [{ from: 'package', package: '@atlaskit/primitives', name: 'xcss' }, 'isBold'],
        },
      ],
    },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'test/**/*.ts'],
    rules: {
      // Test doubles implement async interfaces (a send function, a KVS, a page fetcher); an `async`
      // arrow is the plain way to make a fake resolve or reject the way the real one does.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['static/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    languageOptions: { globals: globals.browser },
  },
  {
    // Plain JavaScript config and Jest glue: no tsconfig covers them, so no type information.
    files: ['**/*.{js,cjs,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.{js,cjs}'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
