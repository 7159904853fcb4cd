import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const PORT_HINT = 'The engine gets time and randomness only through its ports (src/engine/kernel/ports.ts): use Clock or Random.'

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', 'public', 'bench/results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-control-regex': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // The engine (and the terminal session logic built on it) is pure TypeScript: no DOM, no
    // Node, no React, no clocks or randomness except through the injected ports.
    files: ['src/engine/**/*.ts', 'src/session/**/*.ts'],
    ignores: ['**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['fs', 'path', 'child_process', 'os', 'vm', 'worker_threads'].map((name) => ({
            name,
            message: 'The engine runs in the browser too: no Node modules.',
          })),
          patterns: [
            { group: ['react', 'react-dom', 'react/*', 'zustand', 'zustand/*', '@xterm/*'], message: 'The engine imports no UI libraries.' },
            { group: ['node:*'], message: 'The engine runs in the browser too: no Node modules.' },
            { group: ['**/ui/**', '**/store/**', '**/runtimes/**', '**/headless/**', '**/i18n/**'], message: 'Imports point inward: ui → store → session → engine.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'Date', message: PORT_HINT },
        { name: 'setTimeout', message: PORT_HINT },
        { name: 'setInterval', message: PORT_HINT },
        { name: 'performance', message: PORT_HINT },
        { name: 'window', message: 'No DOM in the engine.' },
        { name: 'document', message: 'No DOM in the engine.' },
        { name: 'fetch', message: 'No network in the engine.' },
        { name: 'localStorage', message: 'Persistence belongs to src/store.' },
      ],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: PORT_HINT }],
    },
  },
  {
    files: ['src/session/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'zustand', '@xterm/*'], message: 'The session logic is shared with the headless runner: no UI libraries.' },
            { group: ['**/ui/**', '**/store/**', '**/headless/**'], message: 'Imports point inward.' },
          ],
        },
      ],
    },
  },
)
