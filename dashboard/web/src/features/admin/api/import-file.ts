import { importReportResponse } from "../../../../../../shared/api/imports";
import { api, RawBody } from "../../../lib/api-client";

/**
 * POST /api/imports with a file as the foundation keeps it: CSV goes as text/csv, JSON as a
 * record array. The answer lists every row (stored, already stored, duplicated in the file);
 * a refused file answers 400 with every row at fault (ApiRequestError.body.error.rows).
 */
export async function importFile(file: File) {
  const text = (await file.text()).replace(/^\uFEFF/, "");
  const isJson = /\.json$/i.test(file.name) || file.type === "application/json";
  const body: unknown = isJson ? (JSON.parse(text) as unknown) : new RawBody(text, "text/csv");
  return api.post(importReportResponse, "/api/imports", body);
}
