// Jest runs every suite in one run: the domain (pure), the API on the embedded stores, the app.
// DynamoDB Local and s3rver are started once per run by the global setup, not per test.
import type { Config } from 'jest';

// The SDK's notice that its 2027 releases need Node 22 (we pin; see docs/decisions.md).
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const tsJest: Config['transform'] = {
  '^.+\\.tsx?$': ['ts-jest', { tsconfig: { module: 'commonjs', moduleResolution: 'node', isolatedModules: true, jsx: 'react-jsx' } }],
};
const moduleNameMapper = { '^@app/shared$': '<rootDir>/shared/src/index.ts' };

const config: Config = {
  testTimeout: 30_000,
  reporters: ['default', '<rootDir>/functions/test/support/summaryReporter.js'],
  globalSetup: '<rootDir>/functions/test/support/globalSetup.ts',
  globalTeardown: '<rootDir>/functions/test/support/globalTeardown.ts',
  projects: [
    {
      displayName: 'shared',
      rootDir: '.',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/shared/test/**/*.test.ts'],
      transform: tsJest,
      moduleNameMapper,
    },
    {
      displayName: 'functions',
      rootDir: '.',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/functions/test/**/*.test.ts'],
      transform: tsJest,
      moduleNameMapper,
    },
    {
      // The mini-program's logic and components in jsdom, with Taro replaced by small mocks.
      displayName: 'miniapp',
      rootDir: '.',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/miniapp/test/*.test.ts', '<rootDir>/miniapp/test/*.test.tsx'],
      transform: tsJest,
      setupFiles: ['<rootDir>/miniapp/test/mocks/routes.ts'],
      moduleNameMapper: {
        ...moduleNameMapper,
        '^@tarojs/taro$': '<rootDir>/miniapp/test/mocks/taro.ts',
        '^@tarojs/components$': '<rootDir>/miniapp/test/mocks/components.tsx',
        '^@nutui/nutui-react-taro$': '<rootDir>/miniapp/test/mocks/nutui.tsx',
        '\\.(css|scss)$': '<rootDir>/miniapp/test/mocks/style.ts',
      },
      globals: { API_BASE: 'http://api.test', MONGOLIAN_FONT_URL: '/fonts/NotoSansMongolian-Regular.ttf' },
    },
    {
      // WeChat's judgement of the weapp build: size budget and its own compiler.
      displayName: 'weapp',
      rootDir: '.',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/miniapp/test/weapp/*.test.ts'],
      transform: tsJest,
    },
    {
      // The whole product as a person meets it: `npm start`'s stack, the H5 app in Chromium.
      displayName: 'e2e',
      rootDir: '.',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/miniapp/test/e2e/**/*.test.ts'],
      transform: tsJest,
      moduleNameMapper,
    },
  ],
};

export default config;
