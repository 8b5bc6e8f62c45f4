/**
 * The worker thread that computes published tables (started by publication-worker-client.ts),
 * so that the ~60–120 ms of roll-up and suppression at 100,000 records never stop the server's
 * event loop: in the open-loop bench, a background refresh computed on the event loop was a
 * stall of every request in flight.
 */
import { parentPort } from "node:worker_threads";
import { publicationJson } from "./publication-json";
import type { PublicationReply, PublicationRequest } from "./publication-worker-protocol";

const port = parentPort!;
port.on("message", (request: PublicationRequest) => {
  let reply: PublicationReply;
  try {
    reply = {
      id: request.id,
      ok: true,
      json: publicationJson(request.fiscalYear, request.rows, request.rounds),
    };
  } catch (error) {
    reply = {
      id: request.id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    };
  }
  port.postMessage(reply);
});
