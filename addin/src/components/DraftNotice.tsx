import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import type { IncompleteResult } from "../../../shared/roster/incomplete-result";
import { rowList } from "../../../shared/roster/messages";
import { useI18n } from "../i18n/i18n-context";

/**
 * Said first on every result step while roster rows are left out: without it, 2 good rows of
 * 13 read as a confident verdict. Names how many rows, where, and leads to the check step.
 */
export function DraftNotice({
  incomplete,
  onFix,
}: {
  incomplete: IncompleteResult;
  onFix(): void;
}) {
  const { t, pick, lang } = useI18n();
  const where = incomplete.rosters
    .map((r) =>
      t("draft.where", {
        roster: lang === "en" ? r.labelEn : r.labelJa,
        rows: pick(rowList(r.rows, 10)),
      }),
    )
    .join(t("list.separator"));
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="draft-notice">
      <MessageBarBody>
        <MessageBarTitle>{t("draft.title", { count: incomplete.excludedRows })}</MessageBarTitle>
        {t("draft.body", { where })}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onFix}>
          {t("draft.fix")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
