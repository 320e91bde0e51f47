// Jest runs every suite in one run: the domain (pure), the API on the embedded stores, the app.
// DynamoDB Local and s3rver are started once per run by the global setup, not per test.
import type { Config } from 'jest';

const tsJest: Config['transform'] = {
  '^.+\\.tsx?$': ['ts-jest', { tsconfig: { module: 'commonjs', moduleResolution: 'node', isolatedModules: true, jsx: 'react-jsx' } }],
};
const moduleNameMapper = { '^@app/shared$': '<rootDir>/shared/src/index.ts' };

const config: Config = {
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
      testTimeout: 30_000,
    },
  ],
};

export default config;
