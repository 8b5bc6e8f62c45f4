import {
  Table,
  TableBody,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { ReactNode } from "react";

/** The pane's figure tables: a small, labelled table with one header row; the rows are the caller's. */
export function DataTable({
  label,
  columns,
  children,
}: {
  /** The accessible name (the tables sit under a visible section title, so no caption). */
  label: string;
  columns: readonly string[];
  children: ReactNode;
}) {
  return (
    <Table size="small" aria-label={label}>
      <TableHeader>
        <TableRow>
          {columns.map((column) => (
            <TableHeaderCell key={column}>{column}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>{children}</TableBody>
    </Table>
  );
}
