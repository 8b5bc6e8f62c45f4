/** 令和N年度 for a fiscal year (令和元年 = 2019); the report's column header uses it. */
export function reiwaFiscalYear(fiscalYear: number): string {
  const n = fiscalYear - 2018;
  if (n < 1) return `${fiscalYear}年度`;
  return `令和${n === 1 ? "元" : n}年度`;
}
