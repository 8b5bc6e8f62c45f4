import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { RosterIssue } from "../../../../../shared/roster/issue";
import { useI18n } from "../../../i18n/i18n-context";
import type { RosterRole } from "../../../app/session";
import { issueKey } from "../issue-key";

/** More than this many rows of issues slows a task pane for no use: the rest is counted. */
export const MAX_SHOWN = 200;

const useStyles = makeStyles({
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: "2px",
  },
  item: {
    display: "block",
    width: "100%",
    textAlign: "left",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderLeft: `4px solid ${tokens.colorPaletteRedBorder2}`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    font: "inherit",
    fontSize: tokens.fontSizeBase200,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  warning: { borderLeft: `4px solid ${tokens.colorPaletteDarkOrangeBorder2}` },
  selected: {
    backgroundColor: tokens.colorBrandBackground2,
    border: `1px solid ${tokens.colorBrandStroke1}`,
  },
  where: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  fix: { display: "block", color: tokens.colorNeutralForeground2 },
});

interface Props {
  role: RosterRole;
  issues: readonly RosterIssue[];
  selected: string | null;
  onSelect(issue: RosterIssue): void;
}

/** Every problem with its row and column; choosing one selects the cell in the sheet. */
export function IssueList({ role, issues, selected, onSelect }: Props) {
  const { t, pick, lang } = useI18n();
  const styles = useStyles();
  const shown = issues.slice(0, MAX_SHOWN);
  return (
    <>
      <ul className={styles.list}>
        {shown.map((issue, i) => {
          const key = issueKey(role, issue);
          const isSelected = key === selected;
          const where =
            issue.column === ""
              ? t("check.whereRow", { row: issue.row })
              : t("check.where", { row: issue.row, column: issue.column });
          const fix = pick({ ja: issue.fixJa ?? "", en: issue.fixEn ?? "" });
          return (
            <li key={`${key}:${i}`}>
              <button
                type="button"
                className={mergeClasses(
                  styles.item,
                  issue.severity === "warning" && styles.warning,
                  isSelected && styles.selected,
                )}
                aria-current={isSelected ? "true" : undefined}
                data-issue-row={issue.row}
                data-issue-code={issue.code}
                onClick={() => onSelect(issue)}
              >
                <span className={styles.where}>
                  {issue.severity === "error" ? t("check.error") : t("check.warning")} {where}
                </span>
                {lang === "en" ? issue.messageEn : issue.messageJa}
                {fix !== "" && <span className={styles.fix}>{fix}</span>}
              </button>
            </li>
          );
        })}
      </ul>
      {issues.length > shown.length && (
        <p>{t("check.more", { count: issues.length - shown.length })}</p>
      )}
    </>
  );
}
