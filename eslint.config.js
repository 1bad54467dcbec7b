// Lint rules, including the layer rules from DESIGN.md: core stays pure Node, the renderer reaches the
// Node side only through the contract, and main/web/cli are adapters that do not import each other.
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', '.cache/**', 'test-results/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', __dirname: 'readonly', process: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'core/ is plain Node: it never imports electron.' }],
        patterns: [
          { group: ['react', 'react-dom', 'react/*', 'zustand', 'recharts'], message: 'core/ never imports UI libraries.' },
          { group: ['**/renderer/**', '**/main/**', '**/preload/**', '**/web/**', '**/cli/**'], message: 'core/ never imports an adapter or the renderer.' },
        ],
      }],
    },
  },
  {
    files: ['electron/api/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'The contract is transport-agnostic.' }, ...nodeBuiltins.map((name) => ({ name, message: 'The contract is shared with the renderer: no Node modules.' }))],
        patterns: [{ group: ['**/core/**', '**/main/**', '**/preload/**', '**/web/**', '**/cli/**', '**/renderer/**'], message: 'The contract imports nothing of ours but itself.' }],
      }],
    },
  },
  {
    files: ['electron/web/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'The web host and CLI run without Electron.' }],
        patterns: [{ group: ['**/main/**', '**/preload/**', '**/renderer/**'], message: 'Adapters do not import each other or the renderer.' }],
      }],
    },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/web/**', '**/cli/**', '**/renderer/**'], message: 'Adapters do not import each other or the renderer.' }],
      }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'The renderer reaches the Node side only through the contract client.' }, ...nodeBuiltins.map((name) => ({ name, message: 'The renderer never imports Node modules.' }))],
        patterns: [{ group: ['**/electron/core/**', '**/electron/main/**', '**/electron/preload/**', '**/electron/web/**', '**/electron/cli/**', 'better-sqlite3'], message: 'The renderer reaches the Node side only through electron/api (the contract).' }],
      }],
    },
  },
);
