import { fiscalYearJa } from "../messages/annual-report-text";

/** The era name of a fiscal year (令和元年 = 2019); the report's column header uses it. */
export const reiwaFiscalYear = fiscalYearJa;
