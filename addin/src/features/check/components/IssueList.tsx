import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { groupIssues, type IssueGroup } from "../../../../../shared/roster/group-issues";
import type { RosterIssue } from "../../../../../shared/roster/issue";
import { rowList } from "../../../../../shared/roster/messages";
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
  group: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderLeft: `4px solid ${tokens.colorPaletteRedBorder2}`,
    borderRadius: tokens.borderRadiusSmall,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    fontSize: tokens.fontSizeBase200,
  },
  rows: { marginTop: tokens.spacingVerticalXS, paddingLeft: tokens.spacingHorizontalM },
});

interface Props {
  role: RosterRole;
  issues: readonly RosterIssue[];
  selected: string | null;
  onSelect(issue: RosterIssue): void;
}

/** Every problem with its row and column; identical ones once, with their rows; choosing a row selects its cell. */
export function IssueList({ role, issues, selected, onSelect }: Props) {
  const { t, pick, lang } = useI18n();
  const styles = useStyles();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const groups = groupIssues(issues);
  const shown = groups.slice(0, MAX_SHOWN);

  const item = (issue: RosterIssue, i: number, withMessage: boolean) => {
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
          {withMessage && (lang === "en" ? issue.messageEn : issue.messageJa)}
          {withMessage && fix !== "" && <span className={styles.fix}>{fix}</span>}
        </button>
      </li>
    );
  };

  const group = (g: IssueGroup, i: number) => {
    if (g.count === 1) return item(g.issues[0]!, i, true);
    const key = `${g.severity}:${g.code}:${g.column}:${g.messageJa}`;
    const expanded = open.has(key) || g.issues.some((x) => issueKey(role, x) === selected);
    const toggle = () => {
      const next = new Set(open);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      setOpen(next);
    };
    const fix = pick({ ja: g.fixJa ?? "", en: g.fixEn ?? "" });
    const rowsId = `issue-group-${role}-${i}`;
    return (
      <li
        key={key}
        className={mergeClasses(styles.group, g.severity === "warning" && styles.warning)}
        data-issue-group={g.code}
        data-issue-count={g.count}
      >
        <span className={styles.where}>
          {g.severity === "error" ? t("check.error") : t("check.warning")}{" "}
          {g.column === "" ? "" : `${t("check.groupColumn", { column: g.column })} `}
          {t("check.groupRows", { count: g.count, rows: pick(rowList(g.rows)) })}
        </span>
        {lang === "en" ? g.messageEn : g.messageJa}
        {fix !== "" && <span className={styles.fix}>{fix}</span>}
        <Button
          size="small"
          appearance="subtle"
          aria-expanded={expanded}
          aria-controls={rowsId}
          onClick={toggle}
        >
          {expanded ? t("check.hideRows") : t("check.showRows", { count: g.count })}
        </Button>
        {expanded && (
          <ul id={rowsId} className={mergeClasses(styles.list, styles.rows)}>
            {g.issues.map((x, j) => item(x, j, false))}
          </ul>
        )}
      </li>
    );
  };

  return (
    <>
      <ul className={styles.list}>{shown.map(group)}</ul>
      {groups.length > shown.length && (
        <p>{t("check.more", { count: groups.length - shown.length })}</p>
      )}
    </>
  );
}
