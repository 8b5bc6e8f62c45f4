import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
} from "@fluentui/react-components";
import { useState } from "react";
import { useI18n } from "../../../i18n/i18n-context";

export interface NewPassword {
  username: string;
  password: string;
}

/** A reset password, shown this one time (the server keeps only its hash), with a copy button. */
export function NewPasswordDialog({
  shown,
  onClose,
}: {
  shown: NewPassword | null;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const close = () => {
    setCopied(false);
    onClose();
  };
  const copy = async () => {
    if (!shown) return;
    try {
      await navigator.clipboard.writeText(shown.password);
      setCopied(true);
    } catch {
      (document.getElementById("new-password") as HTMLInputElement | null)?.select();
    }
  };
  return (
    <Dialog open={shown !== null} onOpenChange={(_, d) => !d.open && close()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("newPasswordTitle")}</DialogTitle>
          <DialogContent>
            <p>{t("newPasswordBody", { user: shown?.username ?? "" })}</p>
            {shown && (
              <Field
                label={t("password")}
                validationState={copied ? "success" : "none"}
                validationMessage={copied ? t("copied") : undefined}
              >
                <Input
                  id="new-password"
                  value={shown.password}
                  readOnly
                  onFocus={(e) => e.currentTarget.select()}
                  style={{ fontFamily: "monospace" }}
                />
              </Field>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => void copy()}>
              {copied ? t("copied") : t("copy")}
            </Button>
            <Button onClick={close}>{t("close")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
