import type { LightMyRequestResponse } from "fastify";
import { makeRecord } from "./records";
import type { TestApp } from "./test-app";

/**
 * POSTs a valid record after `alter` has changed it (a field the schema does not know, a
 * formula in a code…) with a fresh FY2025 round-1 token: what a hostile add-in could send.
 */
export async function submitAlteredRecord(
  t: TestApp,
  alter: (record: Record<string, unknown>) => void,
): Promise<LightMyRequestResponse> {
  const token = await t.token(2025, 1);
  const record = makeRecord() as unknown as Record<string, unknown>;
  alter(record);
  return t.app.inject({
    method: "POST",
    url: "/api/submissions",
    headers: { authorization: `Bearer ${token}` },
    payload: record,
  });
}
