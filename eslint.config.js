import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/** Every folder under src/features is a feature zone: a new feature is covered without editing this file. */
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** The import direction of ARCHITECTURE.md: app -> features -> (ui, store, ingest) -> adapters -> domain. */
const zones = [
  { target: './src/domain', from: './src', except: ['./domain'], message: 'domain/ is pure: it imports nothing outside itself.' },
  { target: './src/domain', from: './node_modules', message: 'domain/ is pure: no libraries.' },
  {
    target: './src/curriculum',
    from: ['./src/app', './src/features', './src/ui', './src/store', './src/ingest', './src/adapters'],
    message: 'curriculum/ is data over the domain.',
  },
  {
    target: './src/adapters',
    from: ['./src/app', './src/features', './src/ui', './src/store', './src/ingest'],
    message: 'adapters/ know suppliers, not the app.',
  },
  { target: './src/store', from: ['./src/app', './src/features', './src/ui', './src/ingest'], message: 'store/ sits below features and ingest.' },
  { target: './src/ingest', from: ['./src/app', './src/features', './src/ui'], message: 'ingest/ sits below features.' },
  { target: './src/ui', from: ['./src/app', './src/features', './src/store', './src/ingest', './src/adapters'], message: 'ui/ is presentational.' },
  { target: './src/features', from: './src/app', message: 'features/ do not import the app shell.' },
  {
    target: ['./src/features', './src/ui', './src/store', './src/ingest'],
    from: './src/adapters/registry.ts',
    message: 'The supplier kinds are wired in app/ (main.tsx): views use useConnectorKit(), the sync hub gets adapterFor.',
  },
  ...features.map((name) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message: 'Features do not import each other.',
  })),
  { target: './src', from: './mocks', message: 'Production code does not import mocks/ (only main.tsx, by dynamic import in demo mode).' },
];

export default tseslint.config(
  { ignores: ['dist', 'dist-demo*', 'node_modules', 'public/mockServiceWorker.js', 'test-results', 'playwright-report', '.reports', '.cache'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: { ...globals.node } } },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      // One-way imports also means no import cycles (issue 15): a cycle is an error wherever it is.
      'import-x/no-cycle': 'error',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML: render supplier text as text.' },
      ],
    },
  },
  {
    files: ['src/main.tsx'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: zones.filter((zone) => zone.from !== './mocks') }] },
  },
  {
    files: ['src/features/**/*.{ts,tsx}', 'src/ui/**/*.{ts,tsx}', 'src/app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Views use query factories and mutations, not fetch.' }],
    },
  },
);
