import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance } from "fastify";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { HttpsCredentials } from "./dev-certs";
import { ADDIN_PORT } from "./dev-ports";
import { manifestForUrl } from "./manifest-url";

/** The built task pane (vite build -c addin/vite.config.mts). */
export const ADDIN_DIST = resolve(__dirname, "../dist/addin");

/**
 * Serves the built task pane over https. No X-Frame-Options or frame-ancestors here: Excel on
 * the web shows the pane inside an iframe of an Office origin. /manifest.xml is the manifest for
 * the port it is served on (ADDIN_PORT), ready for sideloading.
 */
export async function addinServer(
  credentials: HttpsCredentials,
  port: number = ADDIN_PORT,
): Promise<FastifyInstance> {
  if (!existsSync(resolve(ADDIN_DIST, "taskpane.html"))) {
    throw new Error(`${ADDIN_DIST}/taskpane.html がありません。npm run build を実行してください。`);
  }
  const app = Fastify({ https: { key: credentials.key, cert: credentials.cert } });
  app.addHook("onSend", async (_request, reply) => {
    reply.header("X-Content-Type-Options", "nosniff");
    reply.header("Referrer-Policy", "no-referrer");
  });
  const manifest = manifestForUrl(
    readFileSync(resolve(__dirname, "../manifest.xml"), "utf8"),
    `https://localhost:${port}/`,
  );
  app.get("/manifest.xml", async (_request, reply) =>
    reply.type("application/xml; charset=utf-8").send(manifest),
  );
  await app.register(fastifyStatic, { root: ADDIN_DIST, index: ["taskpane.html"] });
  return app;
}
