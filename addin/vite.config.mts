import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const addinRoot = fileURLToPath(new URL(".", import.meta.url));
const repoRoot = fileURLToPath(new URL("..", import.meta.url));

/**
 * The task pane: one HTML entry, relative URLs (`base: "./"`) so the same build is served by
 * the dev server, the browser tests' static server and any HTTPS host the manifest names.
 * JSX is compiled by Vite's own oxc transform, so no React plugin is needed.
 */
export default defineConfig({
  root: addinRoot,
  base: "./",
  oxc: { jsx: { runtime: "automatic" } },
  server: { port: 3000, strictPort: true },
  preview: { port: 3000, strictPort: true },
  build: {
    outDir: `${repoRoot}dist/addin`,
    emptyOutDir: true,
    // ExcelJS (~930 KB, loaded only when an .xlsx is opened or written) is the one big chunk;
    // the initial bundle has its own budget, checked by scripts/bundle-size.ts.
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      input: `${addinRoot}taskpane.html`,
      onLog(level, log, defaultHandler) {
        // Fluent UI's modules start with "use client" (a React Server Components hint) that a
        // client bundle drops on purpose; the warning about it is noise.
        if (log.code === "MODULE_LEVEL_DIRECTIVE" || /use client/.test(log.message)) return;
        defaultHandler(level, log);
      },
    },
  },
});
