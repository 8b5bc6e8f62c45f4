import type { z } from "zod";
import {
  reportTextsResponse,
  type ExportFormat,
  type textsBody,
} from "../../../../../../shared/api/annual-report";
import { api } from "../../../lib/api-client";

export type { ExportFormat };

export const getReportTexts = (fiscalYear: number) =>
  api.get(reportTextsResponse, `/api/report/texts?fiscalYear=${fiscalYear}`);

/** `text: null` goes back to the generated text; `version` is the one the edit started from. */
export interface TextEdit {
  id: string;
  text: string | null;
  version: number;
}

export const saveReportTexts = (fiscalYear: number, items: TextEdit[]) =>
  api.put(reportTextsResponse, "/api/report/texts", {
    fiscalYear,
    items,
  } satisfies z.input<typeof textsBody>);

/** The server answers with the file itself (CSV and xlsx as attachments). */
export const exportUrl = (fiscalYear: number, format: ExportFormat) =>
  `/api/report?fiscalYear=${fiscalYear}&format=${format}`;
