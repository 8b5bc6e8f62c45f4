/** How a batch reaches Excel: `Excel.run` in Office, a fake in tests. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** `Excel.run`, looked up when called so that importing this module outside Office is harmless. */
export const excelRun: ExcelRun = (batch) => Excel.run(batch);
