import { useState } from "react";
import type { UserSummaryJson } from "../../../../../../shared/api/users";
import { useI18n } from "../../../i18n/i18n-context";
import { ApiRequestError } from "../../../lib/api-client";
import type { Role } from "../../../lib/api-types";
import { changeUser, deleteUser, resetPassword } from "../api/admin";
import type { Confirmation } from "./ConfirmDialog";
import type { NewPassword } from "./NewPasswordDialog";
import type { UserRowActions } from "./UserRow";
import { ROLE_NAMES } from "./role-names";

/**
 * The admin's account actions with their confirmations and outcome messages; `changed` runs
 * after each one that reached the server (the user list and the audit log reload).
 */
export function useAccountActions(changed: () => void) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiRequestError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);
  const [newPassword, setNewPassword] = useState<NewPassword | null>(null);

  const run = async (action: () => Promise<string>) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      setDone(await action());
    } catch (e) {
      setError(e instanceof ApiRequestError ? e : new ApiRequestError(0, null));
    } finally {
      setBusy(false);
      changed();
    }
  };
  const name = (user: UserSummaryJson) => ({ user: user.username });

  const actions: UserRowActions = {
    changeRole: (user, role: Role) =>
      void run(async () => {
        await changeUser(user.id, { role });
        return t("roleChanged", { ...name(user), role: t(ROLE_NAMES[role]) });
      }),
    toggleDisabled: (user) => {
      const enable = async () => {
        await changeUser(user.id, { disabled: false });
        return t("userEnabled", name(user));
      };
      if (user.disabled) return void run(enable);
      setConfirmation({
        title: t("confirmDisableTitle"),
        body: t("confirmDisableBody", name(user)),
        run: () =>
          run(async () => {
            await changeUser(user.id, { disabled: true });
            return t("userDisabled", name(user));
          }),
      });
    },
    resetPassword: (user) =>
      setConfirmation({
        title: t("confirmResetTitle"),
        body: t("confirmResetBody", name(user)),
        run: () =>
          run(async () => {
            const { password } = await resetPassword(user.id);
            setNewPassword({ username: user.username, password });
            return t("passwordWasReset", name(user));
          }),
      }),
    remove: (user) =>
      setConfirmation({
        title: t("confirmDeleteTitle"),
        body: t("confirmDeleteBody", name(user)),
        run: () =>
          run(async () => {
            await deleteUser(user.id);
            return t("userDeleted", name(user));
          }),
      }),
  };

  return {
    actions,
    busy,
    error,
    done,
    confirmation,
    closeConfirmation: () => setConfirmation(null),
    newPassword,
    closeNewPassword: () => setNewPassword(null),
  };
}
