import {
  Badge,
  Button,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { Fragment } from "react";
import { useI18n } from "../../../i18n/i18n-context";
import type { ReportItem } from "../../../lib/api-types";

const useStyles = makeStyles({
  wrap: { overflowX: "auto" },
  caption: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, padding: "8px 0" },
  heading: {
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightSemibold,
  },
  number: { width: "4rem", verticalAlign: "top" },
  title: { width: "10rem", verticalAlign: "top" },
  plan: { width: "28%", verticalAlign: "top", lineHeight: tokens.lineHeightBase300 },
  achievement: { verticalAlign: "top", padding: "8px" },
  textarea: { width: "100%" },
  editorBar: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    marginTop: "4px",
  },
});

/**
 * The plan in the layout of the annual report (seed 000): a heading row whenever the plan's
 * hierarchy (I / 1 / (1)) changes, then 番号 / 項目 / 計画記載の内容 / 取組実績 with an editor.
 */
export function PlanTable({
  items,
  drafts,
  eraLabel,
  onDraft,
}: {
  items: ReportItem[];
  drafts: Record<string, string>;
  eraLabel: string;
  onDraft: (id: string, text: string) => void;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  let previous: string[] = [];
  return (
    <div className={styles.wrap}>
      <Table>
        <caption className={styles.caption}>{t("achievementColumn", { era: eraLabel })}</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col" className={styles.number}>
              {t("planNumber")}
            </TableHeaderCell>
            <TableHeaderCell scope="col" className={styles.title}>
              {t("planTitle")}
            </TableHeaderCell>
            <TableHeaderCell scope="col" className={styles.plan}>
              {t("planText")}
            </TableHeaderCell>
            <TableHeaderCell scope="col">
              {t("achievementColumn", { era: eraLabel })}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((item) => {
            const firstNew = item.path.findIndex((h, level) => previous[level] !== h);
            const headings = firstNew >= 0 ? item.path.slice(firstNew) : [];
            previous = item.path;
            const draft = drafts[item.id] ?? item.text;
            const isGenerated = draft === item.generatedText;
            return (
              <Fragment key={item.id}>
                {headings.map((heading) => (
                  <TableRow key={`${item.id}-${heading}`} className={styles.heading}>
                    <TableHeaderCell scope="colgroup" colSpan={4}>
                      {heading}
                    </TableHeaderCell>
                  </TableRow>
                ))}
                <TableRow>
                  <TableHeaderCell scope="row" className={styles.number}>
                    {item.number}
                  </TableHeaderCell>
                  <TableCell className={styles.title}>{item.title}</TableCell>
                  <TableCell className={styles.plan}>{item.planText}</TableCell>
                  <TableCell className={styles.achievement}>
                    <Textarea
                      className={styles.textarea}
                      aria-label={t("achievementLabel", { number: item.number, title: item.title })}
                      value={draft}
                      rows={6}
                      resize="vertical"
                      maxLength={4000}
                      onChange={(_, d) => onDraft(item.id, d.value)}
                      data-item-id={item.id}
                    />
                    <div className={styles.editorBar}>
                      <Badge appearance="tint" color={isGenerated ? "informative" : "warning"}>
                        {isGenerated ? t("generated") : t("edited")}
                      </Badge>
                      {!isGenerated && (
                        <Button size="small" onClick={() => onDraft(item.id, item.generatedText)}>
                          {t("restoreGenerated")}
                        </Button>
                      )}
                    </div>
                  </TableCell>
                </TableRow>
              </Fragment>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
