/** @type {import('jest').Config} */
const esmPackages = [
  '\\.pnpm', '@tarojs', '@stencil', 'swiper', 'ssr-window', 'dom7', 'tslib', 'query-string', 'decode-uri-component',
  'split-on-first', 'filter-obj', 'history', 'style-inject', 'nanoid', 'lodash-es',
  'rettime', 'until-async', '@open-draft/deferred-promise',
]

module.exports = {
  testEnvironment: 'jest-fixed-jsdom',
  roots: ['<rootDir>/src', '<rootDir>/mock', '<rootDir>/scripts', '<rootDir>/config'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  moduleFileExtensions: ['h5.tsx', 'h5.ts', 'tsx', 'ts', 'js', 'jsx', 'json'],
  transform: { '^.+\\.(m?js|jsx|tsx?)$': 'babel-jest' },
  transformIgnorePatterns: [`node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleNameMapper: {
    '^@tarojs/components$': '@tarojs/components/lib/react',
    '^@tarojs/taro$': '<rootDir>/test/taro-shim.ts',
    '^@/contract$': '<rootDir>/src/contract',
    '^@/contract/(.*)$': '<rootDir>/src/contract/$1',
    '^@/shared/(.*)$': '<rootDir>/src/shared/$1',
    '^@/features/(.*)$': '<rootDir>/src/features/$1',
    '^@mock/(.*)$': '<rootDir>/mock/$1',
    '\\.(css|scss|less)$': 'identity-obj-proxy',
    '\\.(png|svg|jpg)$': '<rootDir>/test/file-stub.js',
  },
  setupFiles: ['<rootDir>/test/setup-env.js'],
  setupFilesAfterEnv: ['<rootDir>/test/setup-after-env.ts'],
  globals: {
    ENABLE_INNER_HTML: true,
    ENABLE_ADJACENT_HTML: true,
    ENABLE_SIZE_APIS: true,
    ENABLE_TEMPLATE_CONTENT: true,
    ENABLE_CLONE_NODE: true,
    ENABLE_CONTAINS: true,
    ENABLE_MUTATION_OBSERVER: true,
    SUPPORT_DINGTALK_NAVIGATE: 'disabled',
    DEPRECATED_ADAPTER_COMPONENT: false,
  },
}
