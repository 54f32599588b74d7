import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// The core must run unchanged in Node and in a browser Worker: no DOM, no Node built-ins, no React.
const coreBoundary = {
  paths: [
    { name: 'react', message: 'src/core is pure: React belongs in src/app.' },
    { name: 'react-dom', message: 'src/core is pure: React belongs in src/app.' },
    { name: 'zustand', message: 'src/core is pure: the store belongs in src/app.' },
  ],
  patterns: [
    { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'url'], message: 'src/core is pure: file and process access belongs in src/cli.' },
    { group: ['**/app/**', '**/cli/**'], message: 'src/core must not depend on its edges.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'test-results/**', 'playwright-report/**', '.tmp/**', '**/*.tmp.*'] },
  ...tseslint.configs.recommended,
  // the rules that need the types (promises not awaited, unsafe any, needless assertions), for the product's code
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: ['src/**/*.{ts,tsx}'] })),
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    // an async function with no await is how a stand-in keeps an interface that returns promises
    rules: { '@typescript-eslint/require-await': 'off' },
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // the house style's sizes (STYLE.md): files under ~300 lines, functions under ~50
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'max-lines': ['warn', { max: 300, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['warn', { max: 50, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', coreBoundary],
      'no-restricted-globals': ['error', 'document', 'window', 'process', 'localStorage', 'fetch'],
    },
  },
);
