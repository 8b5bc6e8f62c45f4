/** One line of the benchmark table: a figure, what it is measured against, and the verdict. */
export interface BenchRow {
  section: "Core" | "Add-in" | "Task pane" | "Dashboard";
  what: string;
  value: string;
  goal: string;
  /** "ok" / "OVER" against the goal; "" when the row has no goal or no figure */
  verdict: "ok" | "OVER" | "";
}

export function verdict(value: number, limit: number): "ok" | "OVER" {
  return value <= limit ? "ok" : "OVER";
}

/** Plain text, fixed-width: readable in a CI log and pasteable into docs/benchmarks.md. */
export function renderTable(rows: readonly BenchRow[]): string {
  const header = ["section", "measure", "value", "goal", ""];
  const cells = rows.map((r) => [r.section, r.what, r.value, r.goal, r.verdict]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) =>
    c
      .map((s, i) => (i === 2 ? s.padStart(widths[i]!) : s.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...cells.map(line)].join("\n");
}

/** The same rows as a Markdown table (for docs/benchmarks.md). */
export function renderMarkdown(rows: readonly BenchRow[]): string {
  return [
    "| section | measure | value | goal | |",
    "|---|---|---:|---|---|",
    ...rows.map((r) => `| ${r.section} | ${r.what} | ${r.value} | ${r.goal} | ${r.verdict} |`),
  ].join("\n");
}
