import type { SessionUser, SubmitToken } from "../storage/storage";

/** What the auth hooks learned about a request; null until (unless) they find it. */
declare module "fastify" {
  interface FastifyRequest {
    sessionUser: SessionUser | null;
    sessionIdHash: string | null;
    submitToken: SubmitToken | null;
  }
}

export {};
