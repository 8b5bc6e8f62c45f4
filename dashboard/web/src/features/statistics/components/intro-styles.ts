import { makeStyles, tokens } from "@fluentui/react-components";

export const useIntroStyles = makeStyles({
  intro: { marginTop: 0, color: tokens.colorNeutralForeground2 },
  controls: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalXL,
    marginBottom: tokens.spacingVerticalL,
  },
});
