import { api } from "../../../lib/api-client";
import type { ReportTexts } from "../../../lib/api-types";

export const getReportTexts = (fiscalYear: number) =>
  api.get<ReportTexts>(`/api/report/texts?fiscalYear=${fiscalYear}`);

/** `text: null` goes back to the generated text; `version` is the one the edit started from. */
export interface TextEdit {
  id: string;
  text: string | null;
  version: number;
}

export const saveReportTexts = (fiscalYear: number, items: TextEdit[]) =>
  api.put<ReportTexts>("/api/report/texts", { fiscalYear, items });

export type ExportFormat = "csv" | "xlsx" | "html";

/** The server answers with the file itself (CSV and xlsx as attachments). */
export const exportUrl = (fiscalYear: number, format: ExportFormat) =>
  `/api/report?fiscalYear=${fiscalYear}&format=${format}`;
