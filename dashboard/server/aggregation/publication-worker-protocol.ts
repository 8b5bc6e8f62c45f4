import type { CellRow } from "../storage/aggregate-queries";
import type { RoundCapacity } from "./build-publication";

/** Messages between the server and its publication worker (publication-worker.ts). */
export interface PublicationRequest {
  id: number;
  fiscalYear: number;
  rows: readonly CellRow[];
  rounds: readonly RoundCapacity[];
}

export type PublicationReply =
  { id: number; ok: true; json: string } | { id: number; ok: false; message: string };
