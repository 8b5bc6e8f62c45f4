import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));
const repo = fileURLToPath(new URL("../..", import.meta.url));

/**
 * The dashboard pages: React 18 + Fluent UI v9, built into <repo>/dist/dashboard, which the
 * Fastify server serves (dashboard/server/http/web-pages.ts). JSX goes through Vite's own Oxc
 * transform, so no React plugin is needed.
 */
export default defineConfig({
  root,
  base: "/",
  oxc: { jsx: { runtime: "automatic" } },
  build: {
    outDir: `${repo}dist/dashboard`,
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      // Fluent's packages start with "use client" (for React Server Components); meaningless here.
      onwarn(warning, warn) {
        if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
        warn(warning);
      },
    },
  },
  server: {
    proxy: { "/api": "http://127.0.0.1:8080" },
  },
});
