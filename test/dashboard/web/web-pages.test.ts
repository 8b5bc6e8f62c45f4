import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Fastify, { type FastifyInstance } from "fastify";
import { webPages } from "../../../dashboard/server/http/web-pages";

// inject() loads light-my-request, which require()s the ESM-only `cookie` (see support/test-app.ts).
jest.mock("cookie", () => ({ stringifySetCookie: () => "" }));

async function appOver(root: string): Promise<FastifyInstance> {
  const app = Fastify();
  app.setNotFoundHandler((_request, reply) => void reply.status(404).send({ error: "NOT_FOUND" }));
  await app.register(async (scope) => webPages(scope, root));
  await app.ready();
  return app;
}

describe("serving the built pages", () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), "katsuyaku-web-"));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("explains in Japanese how to build when dist/dashboard is missing", async () => {
    const app = await appOver(path.join(root, "missing"));
    const response = await app.inject({ method: "GET", url: "/report" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("text/html");
    expect(response.body).toContain('lang="ja"');
    expect(response.body).toContain("npm run build");
    expect((await app.inject({ method: "GET", url: "/api/x" })).statusCode).toBe(404);
    await app.close();
  });

  it("serves files, index.html for page addresses, and 404 for API paths and missing files", async () => {
    const dist = path.join(root, "dist");
    mkdirSync(path.join(dist, "assets"), { recursive: true });
    writeFileSync(path.join(dist, "index.html"), '<!doctype html><html lang="ja"><div id="root">');
    writeFileSync(path.join(dist, "assets", "index-abc.js"), "console.log(1)");
    writeFileSync(path.join(root, "secret.txt"), "outside");
    const app = await appOver(dist);

    const asset = await app.inject({ method: "GET", url: "/assets/index-abc.js" });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers["content-type"]).toContain("text/javascript");
    expect(asset.headers["cache-control"]).toContain("immutable");

    for (const url of ["/", "/rounds/3", "/report?fy=2025"]) {
      const page = await app.inject({ method: "GET", url });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('<div id="root">');
      expect(page.headers["cache-control"]).toBe("no-cache");
    }
    for (const url of ["/api/nothing", "/assets/gone.js", "/../secret.txt", "/%2e%2e/secret.txt"]) {
      const response = await app.inject({ method: "GET", url });
      expect(response.body).not.toContain("outside");
    }
    expect((await app.inject({ method: "GET", url: "/api/nothing" })).statusCode).toBe(404);
    expect((await app.inject({ method: "GET", url: "/assets/gone.js" })).statusCode).toBe(404);
    await app.close();
  });
});
