// ESLint (flat config): JavaScript and typescript-eslint recommended rules, plus the project's own:
// no float helpers on money paths (parseFloat, toFixed, Math.round) in src/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'coverage/**', 'docs/api/**', '.tmp/**', 'node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { console: 'readonly', process: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'prefer-const': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'parseFloat', message: 'No float on a money path: parse decimal strings exactly.' }],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'round', message: 'No float rounding: use the kernels in src/kernel or src/rounding.' },
        { object: 'Number', property: 'parseFloat', message: 'No float on a money path.' },
      ],
    },
  },
  {
    files: ['**/*.mjs', 'scripts/**', 'bench/**', 'test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly' } },
  },
);
