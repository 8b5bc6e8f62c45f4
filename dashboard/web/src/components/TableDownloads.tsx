import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { createContext, useContext } from "react";
import { useI18n } from "../i18n/i18n-context";
import { tableCsv, tableFileName, tableXlsx, type TableText } from "../lib/table-file";

const useStyles = makeStyles({
  bar: { display: "flex", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
});

/**
 * What the page's figures come from (the release's number and date), set by each page for the
 * tables inside it so that every downloaded table says where its figures are from.
 */
export const TableSourceContext = createContext<string>("");

function save(name: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** CSV and .xlsx of one table, exactly as shown (X kept), with its caption and source. */
export function TableDownloads({ table }: { table: Omit<TableText, "source"> }) {
  const styles = useStyles();
  const { t } = useI18n();
  const source = useContext(TableSourceContext) || t("tableSourceUnknown");
  const full: TableText = { ...table, source };
  return (
    <div className={styles.bar}>
      <Button
        size="small"
        aria-label={t("downloadTableCsv", { caption: table.caption })}
        onClick={() => save(tableFileName(table.caption, "csv"), tableCsv(full), "text/csv")}
      >
        CSV
      </Button>
      <Button
        size="small"
        aria-label={t("downloadTableXlsx", { caption: table.caption })}
        onClick={() =>
          void tableXlsx(full).then((data) =>
            save(
              tableFileName(table.caption, "xlsx"),
              data,
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ),
          )
        }
      >
        Excel
      </Button>
    </div>
  );
}
