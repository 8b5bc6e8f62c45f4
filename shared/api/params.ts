import { z } from "zod";
import { knownFiscalYears } from "../schedule/find-round";

/** The message of the fiscal-year check; the server's zod-fields.ts gives its Japanese. */
export const UNKNOWN_FISCAL_YEAR = "no schedule for this fiscal year";

/** ?fiscalYear=2025: four digits, and a year the schedule tables know. */
export const fiscalYearParam = z
  .string()
  .regex(/^\d{4}$/)
  .transform(Number)
  .refine((fy) => knownFiscalYears().includes(fy), { message: UNKNOWN_FISCAL_YEAR });

/** ?round=1 … 99 (the schedule decides which exist) */
export const roundParam = z
  .string()
  .regex(/^[1-9][0-9]?$/)
  .transform(Number);
