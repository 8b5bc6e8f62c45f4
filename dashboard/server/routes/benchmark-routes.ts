import type { FastifyInstance } from "fastify";
import { benchmarksQuerySchema, benchmarksResponseSchema } from "../../../shared/api/benchmarks";
import type { Publication } from "../aggregation/publication";
import { peerBenchmarks } from "../aggregation/peer-benchmarks";
import { parseInput } from "../http/parse-input";
import { serialise } from "../http/serialise";
import { notReleased } from "./summary-routes";
import type { RouteContext } from "./route-context";

/**
 * GET /api/benchmarks?fiscalYear=&industry=&sizeBand= — public: the peers of a company, from the
 * year's latest RELEASE only (never live tables), and only groups released with ≥ 10 companies
 * and unsuppressed quartiles. The query names no company; the task pane sends only these three.
 */
export async function benchmarkRoutes(app: FastifyInstance, ctx: RouteContext): Promise<void> {
  app.get("/api/benchmarks", async (request) => {
    const query = parseInput(benchmarksQuerySchema, request.query, "query");
    const release = await ctx.storage.latestRelease(query.fiscalYear, null);
    if (release === undefined) throw notReleased(query.fiscalYear, null);
    const publication = JSON.parse(release.publicationJson) as Publication;
    return serialise(benchmarksResponseSchema, peerBenchmarks(publication, query));
  });
}
