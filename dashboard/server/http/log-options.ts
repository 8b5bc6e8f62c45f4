import type { FastifyServerOptions } from "fastify";

type Destination = { write(line: string): unknown };

/**
 * The server's logger. Fastify's default request line carries the client's IP address and
 * port: personal data the foundation has no use for in a process log. Method and URL are
 * enough to follow a request (no route takes personal data in its URL).
 */
export function serverLoggerOptions(
  level: string,
  stream?: Destination,
): NonNullable<FastifyServerOptions["logger"]> {
  return {
    level,
    ...(stream ? { stream } : {}),
    serializers: {
      req: (request: { method: string; url: string }) => ({
        method: request.method,
        url: request.url,
      }),
    },
  };
}
