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
import type { IssuedToken } from "../../../lib/api-types";
import { fiscalYearLabel, roundLabel } from "../../../lib/format";

/** The new token, shown this one time (the server keeps only its hash), with a copy button. */
export function IssuedTokenDialog({
  token,
  onClose,
}: {
  token: IssuedToken | null;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    if (!token) return;
    try {
      await navigator.clipboard.writeText(token.token);
      setCopied(true);
    } catch {
      // No clipboard access (an insecure origin): the field is selected for Ctrl+C instead.
      const field = document.getElementById("issued-token") as HTMLInputElement | null;
      field?.select();
    }
  };
  return (
    <Dialog
      open={token !== null}
      onOpenChange={(_, d) => {
        if (!d.open) {
          setCopied(false);
          onClose();
        }
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("issuedTitle")}</DialogTitle>
          <DialogContent>
            <p>{t("issuedBody")}</p>
            {token && (
              <Field
                label={`${fiscalYearLabel(token.fiscalYear, lang)} ${roundLabel(token.round, lang)}`}
                validationState={copied ? "success" : "none"}
                validationMessage={copied ? t("copied") : undefined}
              >
                <Input
                  id="issued-token"
                  value={token.token}
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
            <Button
              onClick={() => {
                setCopied(false);
                onClose();
              }}
            >
              {t("close")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
