import { makeStyles, tokens } from "@fluentui/react-components";
import { isBullet, type PlanSection } from "../../../../../shared/documents/action-plan-draft";

const useStyles = makeStyles({
  page: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    fontFamily: "serif",
    lineHeight: 1.7,
  },
  title: { textAlign: "center", fontSize: tokens.fontSizeBase500, margin: "0 0 12px" },
  heading: { fontSize: tokens.fontSizeBase400, margin: "12px 0 4px" },
  notice: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteRedForeground1 },
  bullet: { margin: "0 0 0 1.5em" },
  para: { margin: 0 },
});

/** A document as a printable page: the only part of the pane that prints (see PRINT_CSS). */
export function PlanDocument({
  title,
  notice,
  intro,
  sections,
  testId,
}: {
  title: string;
  notice: string;
  intro?: string;
  sections: readonly PlanSection[];
  testId: string;
}) {
  const styles = useStyles();
  return (
    <article className={styles.page} data-print-area="" data-testid={testId}>
      <p className={styles.notice}>{notice}</p>
      <h4 className={styles.title}>{title}</h4>
      {intro && <p className={styles.para}>{intro}</p>}
      {sections.map((s) => (
        <section key={s.heading}>
          <h5 className={styles.heading}>{s.heading}</h5>
          {s.paragraphs.map((p, i) => (
            <p key={i} className={isBullet(p) ? styles.bullet : styles.para}>
              {p}
            </p>
          ))}
        </section>
      ))}
    </article>
  );
}

/** While printing, everything but the document disappears (a task pane has no print layout of its own). */
export const PRINT_CSS = `@media print {
  body * { visibility: hidden; }
  [data-print-area], [data-print-area] * { visibility: visible; }
  [data-print-area] { position: absolute; left: 0; top: 0; width: 100%; border: none; }
}`;
