/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { isolatedModules: true }] },
  // d3-array is ESM-only; its UMD build loads under jest's CommonJS runtime (see ../shared/docs/toolchain.md).
  moduleNameMapper: { '^d3-array$': '<rootDir>/node_modules/d3-array/dist/d3-array.js' },
  testTimeout: 60000,
};
