import type { FastifyInstance } from "fastify";
import type { RouteContext } from "./route-context";

/** Until the web UI (dashboard/web/) lands, / says so, in Japanese first. */
const PLACEHOLDER = `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Katsuyaku ダッシュボード</title>
<style>body{font-family:sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.7}</style>
</head>
<body>
<main>
<h1>Katsuyaku ダッシュボード</h1>
<p>画面（Web UI）は現在準備中です。近日中に公開します。</p>
<p>それまでの間、API（<code>/api/login</code>、<code>/api/summary</code>、<code>/api/report</code> など）をご利用いただけます。</p>
<p lang="en">The web UI is coming soon; the API is available under <code>/api/</code>.</p>
</main>
</body>
</html>
`;

export async function homeRoutes(app: FastifyInstance, ctx: RouteContext): Promise<void> {
  app.get("/", async (_request, reply) => {
    void reply
      .header("content-type", "text/html; charset=utf-8")
      .header("content-security-policy", "default-src 'none'; style-src 'unsafe-inline'");
    return PLACEHOLDER;
  });

  /** For load balancers: 200 when the database answers. */
  app.get("/api/health", async () => {
    await ctx.storage.ping();
    return { status: "ok" };
  });
}
