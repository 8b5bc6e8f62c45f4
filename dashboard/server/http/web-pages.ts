import { existsSync, readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { FastifyInstance, FastifyReply } from "fastify";
import { NOT_BUILT } from "../messages/startup";

/** Where `vite build -c dashboard/web/vite.config.mts` (part of `npm run build`) writes the pages. */
export const DEFAULT_WEB_ROOT = path.join(__dirname, "../../../dist/dashboard");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

/** Every file under `root`, by its URL path ("/assets/index-abc.js"). */
function listFiles(root: string, dir = root): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      for (const [url, file] of listFiles(root, full)) files.set(url, file);
    } else if (entry.isFile()) {
      files.set(`/${path.relative(root, full).split(path.sep).join("/")}`, full);
    }
  }
  return files;
}

/**
 * The dashboard's web pages at `/`: the built files, and index.html for every other GET outside
 * /api/ (the pages route in the browser, so /rounds/3 or /report can be reloaded or bookmarked).
 * Unknown /api/ paths keep the JSON 404.
 *
 * Only the files that exist at start-up are served, each by its exact path (no path is ever
 * joined from the request, so there is nothing to traverse). Not @fastify/static: it requires
 * the ESM-only `content-disposition`, which Jest's VM cannot load on Node 20, and every test
 * that builds the app would fail.
 */
export async function webPages(
  app: FastifyInstance,
  root: string = DEFAULT_WEB_ROOT,
): Promise<void> {
  const index = path.join(root, "index.html");
  const files = existsSync(index) ? listFiles(root) : new Map<string, string>();

  const sendFile = async (reply: FastifyReply, file: string, hashed: boolean) =>
    reply
      .header("content-type", TYPES[path.extname(file)] ?? "application/octet-stream")
      // Hashed asset names change with their content: cache them for a year; never the page.
      .header("cache-control", hashed ? "public, max-age=31536000, immutable" : "no-cache")
      .send(await readFile(file));

  for (const [url, file] of files) {
    if (url === "/index.html") continue;
    app.get(url, async (_request, reply) => sendFile(reply, file, url.startsWith("/assets/")));
  }

  const page = async (request: { url: string }, reply: FastifyReply) => {
    const pathname = request.url.split("?")[0] ?? "";
    // API paths and missing files (a name with an extension) are real 404s, not pages.
    if (pathname === "/api" || pathname.startsWith("/api/") || /\.[A-Za-z0-9]+$/.test(pathname)) {
      return reply.callNotFound();
    }
    if (files.size === 0) {
      return reply
        .header("content-type", "text/html; charset=utf-8")
        .header("cache-control", "no-cache")
        .header("content-security-policy", "default-src 'none'; style-src 'unsafe-inline'")
        .send(NOT_BUILT);
    }
    return sendFile(reply, index, false);
  };
  app.get("/", page);
  app.get("/*", page);
}
