import js from "@eslint/js";
import tseslint from "typescript-eslint";

const nodeBuiltins = [
  "fs",
  "path",
  "os",
  "child_process",
  "crypto",
  "url",
  "util",
  "stream",
  "http",
  "https",
  "worker_threads",
  "process",
  "buffer",
];

/** Browser code (the task pane, the dashboard pages) runs without Node. */
const browserPatterns = [
  { group: ["node:*"], message: "Browser code: no Node built-ins." },
  { group: nodeBuiltins, message: "Browser code: no Node built-ins." },
];

export default tseslint.config(
  { ignores: ["node_modules/**", "dist/**", "coverage/**", ".bench/**", "**/*.js"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-non-null-assertion": "off",
      // `const { dropped: _dropped, ...rest } = x` is how a test removes a field on purpose.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { varsIgnorePattern: "^_", argsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  {
    // The domain core runs in Excel, the browser and the server alike: no Node, DOM or Office.
    files: ["shared/**/*.ts"],
    ignores: ["shared/cli/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["node:*"], message: "shared/ is pure: no Node built-ins." },
            { group: nodeBuiltins, message: "shared/ is pure: no Node built-ins." },
            {
              group: ["react", "react-dom", "@fluentui/*", "office-js", "@microsoft/office-js"],
              message: "shared/ is pure: no UI or Office.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        "window",
        "document",
        "Excel",
        "Office",
        "process",
        "require",
      ],
    },
  },
  {
    // The task pane and the dashboard pages run in a browser (or Excel's webview): no Node.
    files: ["addin/**/*.{ts,tsx}", "dashboard/web/**/*.{ts,tsx}"],
    ignores: ["**/vite.config.mts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: browserPatterns,
        },
      ],
    },
  },
  {
    // The dashboard pages talk to the server through the contract (shared/api/) only: a
    // renamed server type must never change what the pages expect without the contract saying so.
    files: ["dashboard/web/**/*.{ts,tsx}"],
    ignores: ["**/vite.config.mts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...browserPatterns,
            {
              regex: "(^|/)server(/|$)",
              message: "dashboard/web imports nothing from dashboard/server: use shared/api/.",
            },
          ],
        },
      ],
    },
  },
  {
    // Arrows run one way: routes → aggregation → storage. Storage only runs SQL.
    files: ["dashboard/server/storage/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex:
                "^\\.\\./(aggregation|records|routes|http|auth|annual-report|disclosure|demo|messages)(/|$)",
              message:
                "Storage only runs SQL: it imports no computation (routes → aggregation → storage).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["dashboard/server/aggregation/**/*.ts", "dashboard/server/disclosure/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^\\.\\./(routes|http)(/|$)",
              message:
                "Aggregation serves the routes, never the other way (routes → aggregation → storage).",
            },
          ],
        },
      ],
    },
  },
  {
    // The hosts implement the port beside them (addin/workbook-host.ts) and never reach into the UI tree.
    files: ["addin/excel/**/*.ts", "addin/file-host/**/*.ts", "addin/workbook-host.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["node:*"], message: "Browser code: no Node built-ins." },
            { group: nodeBuiltins, message: "Browser code: no Node built-ins." },
            {
              group: ["**/src/**", "./src/*"],
              message:
                "Hosts depend on addin/workbook-host.ts, not on the task pane's UI (addin/src).",
            },
          ],
        },
      ],
    },
  },
  {
    // Only addin/excel/ touches Office.js: the rest of the pane receives its functions as props.
    files: ["addin/**/*.{ts,tsx}", "dashboard/web/**/*.{ts,tsx}"],
    ignores: ["addin/excel/**"],
    rules: {
      "no-restricted-globals": [
        "error",
        "Excel",
        "Office",
        "OfficeExtension",
        "process",
        "require",
      ],
    },
  },
);
