// The layers, as rules (CONTRIBUTING.md says why):
//   pages/subpackages → features (their index, or a declared heavy entry) → shared → contract
//   a feature never reaches into another feature's files; shared never imports a feature;
//   src reaches mock only through shared/api/mock.*; mock reaches src only through src/contract.
import fs from 'node:fs'
import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import stylistic from '@stylistic/eslint-plugin'

const FEATURES = fs.readdirSync('src/features', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)
/** Second entries a feature offers to the pages that host its heavy screens (CONTRIBUTING: "screens.ts"). */
const PAGE_ENTRIES = ['screens', 'map']
const TESTS = ['**/__tests__/**', '**/*.test.ts', '**/*.test.tsx', 'test/**']

const featureInternals = (feature) => ({
  regex: `^(@/features/${feature}/|(\\.\\./)+(features/)?${feature}/)`,
  message: `${feature}'s files are its own: import what it exports from '@/features/${feature}'.`,
})
const mockOutsideAdapter = {
  regex: '^(@mock/|(\\.\\./)+mock/)',
  message: 'src reaches the mock only through shared/api/mock.* (a production build carries no mock).',
}

export default tseslint.config(
  { ignores: ['dist/**', '.tmp/**', 'node_modules/**', 'coverage/**', 'mock/public/**', 'mock/catalogue/pinyin.generated.ts', 'e2e/screenshots/**', 'lib/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { '@stylistic': stylistic },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@stylistic/quotes': ['error', 'single', { avoidEscape: true }],
      '@stylistic/semi': ['error', 'never'],
      '@stylistic/comma-dangle': ['error', { arrays: 'always-multiline', objects: 'always-multiline', imports: 'always-multiline', exports: 'always-multiline', functions: 'always-multiline', enums: 'always-multiline', generics: 'ignore', tuples: 'always-multiline' }],
      '@stylistic/indent': ['error', 2, { SwitchCase: 1, ignoredNodes: ['TemplateLiteral *', 'JSXElement', 'JSXElement > *', 'JSXAttribute', 'JSXIdentifier', 'JSXNamespacedName', 'JSXMemberExpression', 'JSXSpreadAttribute', 'JSXExpressionContainer', 'JSXOpeningElement', 'JSXClosingElement', 'JSXFragment', 'JSXOpeningFragment', 'JSXClosingFragment', 'JSXText', 'JSXEmptyExpression', 'JSXSpreadChild'] }],
      '@stylistic/no-trailing-spaces': 'error',
      '@stylistic/eol-last': 'error',
      '@stylistic/no-multiple-empty-lines': ['error', { max: 1, maxEOF: 0 }],
      '@stylistic/object-curly-spacing': ['error', 'always'],
      '@stylistic/arrow-parens': ['error', 'always'],
      '@stylistic/keyword-spacing': 'error',
      '@stylistic/space-infix-ops': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', 'config/**', ...TESTS],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // tests reach into modules' shapes on purpose (jest.requireActual, partial fakes)
    files: TESTS,
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'test/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  // shared: used by every feature, imports none
  {
    files: ['src/shared/**/*.{ts,tsx}', 'src/contract/**/*.ts'],
    ignores: [...TESTS, 'src/shared/api/mock.*'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { regex: '^(@/features/|(\\.\\./)+(features|pages|subpackages)/)', message: 'shared and contract never import a feature or a page.' },
          mockOutsideAdapter,
        ],
      }],
    },
  },
  // a feature: others' index only
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    ignores: TESTS,
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          ...FEATURES.filter((other) => other !== feature).map(featureInternals),
          { regex: '^(\\.\\./)+(pages|subpackages)/', message: 'a feature never imports a page.' },
          mockOutsideAdapter,
        ],
      }],
    },
  })),
  // pages: thin entries onto features' index or their declared heavy entry
  {
    files: ['src/pages/**/*.{ts,tsx}', 'src/subpackages/**/*.{ts,tsx}', 'src/app.tsx'],
    ignores: TESTS,
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { regex: `^@/features/[^/]+/(?!(${PAGE_ENTRIES.join('|')})$)`, message: `pages import a feature's index (or its ${PAGE_ENTRIES.join('/')} entry), never its files.` },
          mockOutsideAdapter,
        ],
      }],
    },
  },
  // the mock: a backend of its own, sharing only the contract
  {
    files: ['mock/**/*.ts'],
    ignores: TESTS,
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ regex: '^(@/(shared|features)/|(\\.\\./)+src/(?!contract(/|$)))', message: 'the mock shares only src/contract with the app.' }],
      }],
    },
  },
)
