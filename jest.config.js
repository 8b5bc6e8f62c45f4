/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    // Type checking is `npm run typecheck`'s job; transpiling only keeps the suite fast.
    "^.+\\.tsx?$": [
      "ts-jest",
      { tsconfig: { module: "commonjs", moduleResolution: "node", isolatedModules: true } },
    ],
  },
  // Dates in the rules are civil dates; the holiday library reads the local date, so pin Tokyo.
  globalSetup: "<rootDir>/test/tz-setup.js",
};
