import { makeStyles, tokens } from "@fluentui/react-components";

export const useFormStyles = makeStyles({
  form: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalM,
    marginTop: tokens.spacingVerticalL,
  },
  field: { minWidth: "12rem" },
  message: { marginTop: tokens.spacingVerticalM },
});
