import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useI18n } from "../../../i18n/i18n-context";

export interface Confirmation {
  title: string;
  body: string;
  run: () => Promise<void>;
}

/** Asks before an action that ends sessions or cannot be undone (reset, disable, delete). */
export function ConfirmDialog({
  confirmation,
  busy,
  onClose,
}: {
  confirmation: Confirmation | null;
  busy: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <Dialog
      modalType="alert"
      open={confirmation !== null}
      onOpenChange={(_, d) => !d.open && onClose()}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{confirmation?.title}</DialogTitle>
          <DialogContent>
            <p>{confirmation?.body}</p>
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              disabled={busy}
              onClick={() => void confirmation?.run().finally(onClose)}
            >
              {t("confirmAction")}
            </Button>
            <Button disabled={busy} onClick={onClose}>
              {t("cancel")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
