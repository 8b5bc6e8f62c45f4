import type { ImportReport, RowStatus } from "../../../shared/api/imports";
import type { RowProblem } from "../http/api-error";
import type { RecordInput, Storage } from "../storage/storage";
import type { ImportRow } from "./import-file";
import { canonicalJson } from "../storage/canonical-json";
import { recordInputOf } from "./record-input";
import { checkRecord } from "./validate-record";
import { RECORD_MESSAGES } from "../messages/records";

/** The report's shape is the API contract's (shared/api/imports.ts). */
export type { ImportReport, RowStatus };

export type ImportResult =
  { kind: "imported"; report: ImportReport } | { kind: "refused"; rows: RowProblem[] };

/**
 * All or nothing per file: every row is validated first and any refusal stores nothing; then
 * one transaction stores the rows, and an id already stored with other content (even one that
 * arrived a moment ago from another instance) rolls the file back.
 */
export async function runImport(
  storage: Storage,
  rows: readonly ImportRow[],
  source: "import" | "demo" = "import",
): Promise<ImportResult> {
  const refused: RowProblem[] = [];
  const accepted: { row: number; input: RecordInput }[] = [];
  const duplicates: { row: number; submissionId: string }[] = [];
  const seen = new Map<string, string>();

  for (const { row, value, readProblem } of rows) {
    const check = checkRecord(value);
    const rawId = idOf(value);
    if (readProblem || !check.ok) {
      refused.push({
        row,
        submissionId: rawId,
        fields: [...(readProblem ? [readProblem] : []), ...(check.ok ? [] : check.fields)],
      });
      continue;
    }
    const { record } = check;
    const canonical = canonicalJson(record);
    const earlier = seen.get(record.submissionId);
    if (earlier !== undefined) {
      if (earlier === canonical) {
        duplicates.push({ row, submissionId: record.submissionId });
      } else {
        refused.push({
          row,
          submissionId: record.submissionId,
          fields: [
            {
              path: "submissionId",
              code: "duplicate_in_file",
              ...RECORD_MESSAGES.duplicateInFile,
            },
          ],
        });
      }
      continue;
    }
    seen.set(record.submissionId, canonical);
    accepted.push({ row, input: recordInputOf(record, source) });
  }
  if (refused.length > 0) return { kind: "refused", rows: refused };

  const outcome = await storage.importRecords(accepted.map((a) => a.input));
  if (outcome.kind === "conflict") {
    const conflicting = new Set(outcome.conflicting);
    return {
      kind: "refused",
      rows: accepted
        .filter((a) => conflicting.has(a.input.submissionId))
        .map((a) => ({
          row: a.row,
          submissionId: a.input.submissionId,
          fields: [
            {
              path: "submissionId",
              code: "conflict",
              ...RECORD_MESSAGES.storedWithOtherContent,
            },
          ],
        })),
    };
  }
  const results = [
    ...accepted.map((a) => ({
      row: a.row,
      submissionId: a.input.submissionId,
      status: (outcome.outcomes.get(a.input.submissionId) === "stored"
        ? "stored"
        : "alreadyStored") as RowStatus,
    })),
    ...duplicates.map((d) => ({ ...d, status: "duplicateInFile" as RowStatus })),
  ].sort((a, b) => a.row - b.row);
  return {
    kind: "imported",
    report: {
      rows: rows.length,
      stored: results.filter((r) => r.status === "stored").length,
      alreadyStored: results.filter((r) => r.status === "alreadyStored").length,
      duplicatesInFile: duplicates.length,
      results,
    },
  };
}

/** The submission id of a row as sent, for the report (even when the row is invalid). */
function idOf(value: unknown): string | null {
  if (value === null || typeof value !== "object") return null;
  const id = (value as Record<string, unknown>)["submissionId"];
  return typeof id === "string" && id.length <= 64 ? id : null;
}
