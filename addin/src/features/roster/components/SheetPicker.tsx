import { Field, Select } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/i18n-context";

interface Props {
  label: string;
  hint: string;
  value: string;
  sheets: readonly string[];
  optional: boolean;
  onChange(value: string): void;
}

/** Chooses which sheet (or file) holds a roster snapshot; a remembered name not present now stays visible. */
export function SheetPicker({ label, hint, value, sheets, optional, onChange }: Props) {
  const { t } = useI18n();
  const names = value !== "" && !sheets.includes(value) ? [...sheets, value] : sheets;
  return (
    <Field label={label} hint={hint}>
      <Select value={value} onChange={(_e, data) => onChange(data.value)}>
        <option value="">{optional ? t("roster.none") : t("roster.choose")}</option>
        {names.map((name) => (
          <option key={name} value={name}>
            {sheets.includes(name) ? name : t("roster.missingSheet", { name })}
          </option>
        ))}
      </Select>
    </Field>
  );
}
