import {
  Button,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
} from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import { LoadState } from "../../../components/LoadState";
import { Section } from "../../../components/Section";
import { useI18n } from "../../../i18n/i18n-context";
import { ApiRequestError } from "../../../lib/api-client";
import type { Me, Role } from "../../../lib/api-types";
import { useAsync } from "../../../lib/use-async";
import { createUser, listUsers } from "../api/admin";
import { AdminTable } from "./AdminTable";
import { ConfirmDialog } from "./ConfirmDialog";
import { NewPasswordDialog } from "./NewPasswordDialog";
import { UserRow } from "./UserRow";
import { useFormStyles } from "./form-styles";
import { ROLE_NAMES as ROLES } from "./role-names";
import { useAccountActions } from "./use-account-actions";

/** Users: list with last login and status, the admin's actions on each, and a new user. */
export function UsersPanel({ me, onChanged }: { me: Me; onChanged: () => void }) {
  const { t, lang } = useI18n();
  const styles = useFormStyles();
  const [state, reload] = useAsync(listUsers, "users");
  const account = useAccountActions(() => {
    reload();
    onChanged();
  });
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [role, setRole] = useState<Role>("foundation");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiRequestError | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const created = await createUser(username, password, role);
      setDone(t("userCreated", { user: created.username }));
      setUsername("");
      setPassword("");
      reload();
      onChanged();
    } catch (e) {
      setError(e instanceof ApiRequestError ? e : new ApiRequestError(0, null));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section title={t("usersTitle")}>
      <LoadState state={state} onRetry={reload}>
        {({ users }) => (
          <AdminTable
            caption={t("usersCaption")}
            columns={[
              t("username"),
              t("role"),
              t("lastLogin"),
              t("status"),
              t("createdAt"),
              t("userActions"),
            ]}
          >
            {users.map((u) => (
              <UserRow
                key={u.id}
                user={u}
                isSelf={u.username === me.username}
                busy={account.busy}
                actions={account.actions}
              />
            ))}
          </AdminTable>
        )}
      </LoadState>
      <form className={styles.form} onSubmit={(e) => void submit(e)} aria-label={t("createUser")}>
        <Field
          className={styles.field}
          label={t("username")}
          required
          validationMessage={error?.fieldMessage("username", lang)}
        >
          <Input value={username} onChange={(_, d) => setUsername(d.value)} autoComplete="off" />
        </Field>
        <Field
          className={styles.field}
          label={t("password")}
          hint={t("passwordHint")}
          required
          validationMessage={error?.fieldMessage("password", lang)}
        >
          <Input
            type="password"
            value={password}
            onChange={(_, d) => setPassword(d.value)}
            autoComplete="new-password"
          />
        </Field>
        <Field className={styles.field} label={t("role")}>
          <Dropdown
            value={t(ROLES[role])}
            selectedOptions={[role]}
            onOptionSelect={(_, d) => d.optionValue && setRole(d.optionValue as Role)}
          >
            {(Object.keys(ROLES) as Role[]).map((r) => (
              <Option key={r} value={r}>
                {t(ROLES[r])}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Button type="submit" appearance="primary" disabled={busy}>
          {t("createUser")}
        </Button>
      </form>
      <div role="status" aria-live="polite" className={styles.message}>
        {account.done && (
          <MessageBar intent="success">
            <MessageBarBody>{account.done}</MessageBarBody>
          </MessageBar>
        )}
        {account.error && (
          <MessageBar intent="error">
            <MessageBarBody>{account.error.messageIn(lang)}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <ConfirmDialog
        confirmation={account.confirmation}
        busy={account.busy}
        onClose={account.closeConfirmation}
      />
      <NewPasswordDialog shown={account.newPassword} onClose={account.closeNewPassword} />
      <div role="status" aria-live="polite" className={styles.message}>
        {done && (
          <MessageBar intent="success">
            <MessageBarBody>{done}</MessageBarBody>
          </MessageBar>
        )}
        {error && (
          <MessageBar intent="error">
            <MessageBarBody>{error.messageIn(lang)}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </Section>
  );
}
