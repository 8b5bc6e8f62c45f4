import type { FastifyInstance } from "fastify";
import { healthResponse } from "../../../shared/api/auth";
import { serialise } from "../http/serialise";
import type { RouteContext } from "./route-context";

/** The web pages at / are served by ../http/web-pages.ts. */
export async function homeRoutes(app: FastifyInstance, ctx: RouteContext): Promise<void> {
  /** For load balancers: 200 when the database answers. */
  app.get("/api/health", async () => {
    await ctx.storage.ping();
    return serialise(healthResponse, { status: "ok" });
  });
}
