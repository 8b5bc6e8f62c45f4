import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import type { Figure } from "../lib/api-types";
import { SUPPRESSED_MARK } from "../lib/format";
import { anyMissing, anySuppressed } from "../lib/suppression";
import { SuppressionNote } from "./SuppressionNote";
import { TableDownloads } from "./TableDownloads";

export interface FigureColumn {
  label: string;
  format: (figure: Figure) => string;
}

export interface FigureRow {
  label: string;
  cells: Figure[];
}

export interface FigureTableProps {
  caption: string;
  /** header of the row-label column */
  rowHeader: string;
  columns: FigureColumn[];
  rows: FigureRow[];
}

const useStyles = makeStyles({
  wrap: { overflowX: "auto", maxWidth: "100%" },
  caption: {
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    padding: `${tokens.spacingVerticalS} 0`,
  },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  suppressed: { fontWeight: tokens.fontWeightSemibold },
  headerNumber: { textAlign: "right" },
  headerButton: { justifyContent: "flex-end", textAlign: "right" },
});

/**
 * The accessible twin of every chart, and the place where "X" and "-" are read: a real
 * <table> with a caption and scoped headers, followed by the explanation of any X or -.
 */
export function FigureTable({ caption, rowHeader, columns, rows }: FigureTableProps) {
  const styles = useStyles();
  const cells = rows.map((r) => r.cells);
  return (
    <div className={styles.wrap}>
      <Table size="small">
        <caption className={styles.caption}>{caption}</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{rowHeader}</TableHeaderCell>
            {columns.map((c) => (
              <TableHeaderCell
                key={c.label}
                scope="col"
                className={styles.headerNumber}
                button={{ className: styles.headerButton }}
              >
                {c.label}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.label}>
              <TableHeaderCell scope="row">{row.label}</TableHeaderCell>
              {columns.map((column, i) => {
                const figure = row.cells[i] ?? { value: null, suppressed: false };
                const text = column.format(figure);
                return (
                  <TableCell
                    key={column.label}
                    className={`${styles.number} ${text === SUPPRESSED_MARK ? styles.suppressed : ""}`}
                    data-suppressed={figure.suppressed ? "true" : undefined}
                  >
                    {text}
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <SuppressionNote suppressed={anySuppressed(cells)} missing={anyMissing(cells)} />
      <TableDownloads
        table={{
          caption,
          header: [rowHeader, ...columns.map((c) => c.label)],
          rows: rows.map((row) => [
            row.label,
            ...columns.map((column, i) =>
              column.format(row.cells[i] ?? { value: null, suppressed: false }),
            ),
          ]),
        }}
      />
    </div>
  );
}
