/**
 * One spreadsheet cell as the adapters hand it over: text from CSV, typed values from
 * ExcelJS or Office.js. Dates arrive as text or as Excel serial numbers.
 */
export type CellValue = string | number | boolean | null | undefined;
