import { Button, TableCell, TableHeaderCell, TableRow } from "@fluentui/react-components";
import { LoadState } from "../../../components/LoadState";
import { Section } from "../../../components/Section";
import { useI18n } from "../../../i18n/i18n-context";
import { formatDateTime } from "../../../lib/format";
import { useAsync } from "../../../lib/use-async";
import { listImports, removeImport } from "../api/admin";
import { AdminTable } from "./AdminTable";
import { ActionOutcomeMessage } from "./ActionOutcomeMessage";
import { useAdminAction } from "./use-admin-action";

/** 取り込み: every import file as a batch, removable whole (releases already made keep it). */
export function ImportsPanel() {
  const { t, lang } = useI18n();
  const [state, reload] = useAsync(listImports, "imports");
  const { busy, outcome, run } = useAdminAction(reload);
  return (
    <Section title={t("importsTitle")} note={t("importsIntro")}>
      <LoadState state={state} onRetry={reload}>
        {({ batches }) =>
          batches.length === 0 ? (
            <p>{t("noImports")}</p>
          ) : (
            <AdminTable
              caption={t("importsCaption")}
              columns={[
                t("tokenId"),
                t("createdAt"),
                t("importFormat"),
                t("recordCount"),
                t("status"),
              ]}
            >
              {batches.map((b) => (
                <TableRow key={b.id}>
                  <TableHeaderCell scope="row">{b.id}</TableHeaderCell>
                  <TableCell>{formatDateTime(b.createdAt, lang)}</TableCell>
                  <TableCell>{b.format.toUpperCase()}</TableCell>
                  <TableCell>{b.recordCount}</TableCell>
                  <TableCell>
                    {b.removedAt ? (
                      t("removedAt", { at: formatDateTime(b.removedAt, lang) })
                    ) : (
                      <Button
                        size="small"
                        disabled={busy}
                        aria-label={t("removeImportLabel", { id: b.id })}
                        onClick={() =>
                          void run(async () => {
                            await removeImport(b.id);
                            return null;
                          })
                        }
                      >
                        {t("removeImport")}
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </AdminTable>
          )
        }
      </LoadState>
      <ActionOutcomeMessage outcome={outcome} />
    </Section>
  );
}
