/** Whether the running Excel implements ExcelApi 1.`minor` (1.9 → 9). */
export type ApiSupport = (minor: number) => boolean;

/** Asks Office; false when Office.js is absent (the file host never gets here). */
export const officeApiSupport: ApiSupport = (minor) =>
  typeof Office !== "undefined" &&
  Office.context?.requirements?.isSetSupported("ExcelApi", `1.${minor}`) === true;
