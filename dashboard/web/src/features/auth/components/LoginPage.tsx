import {
  Button,
  Card,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens,
} from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import { useI18n } from "../../../i18n/i18n-context";
import { ApiRequestError } from "../../../lib/api-client";
import type { Me } from "../../../lib/api-types";
import { login } from "../api/session";

const useStyles = makeStyles({
  card: { maxWidth: "28rem", margin: `${tokens.spacingVerticalXXXL} auto`, padding: "24px" },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  heading: { margin: 0 },
});

export function LoginPage({ onLoggedIn }: { onLoggedIn: (me: Me) => void }) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onLoggedIn(await login(username, password));
    } catch (e) {
      setError(e instanceof ApiRequestError ? e.messageIn(lang) : String(e));
      setBusy(false);
    }
  };

  return (
    <Card className={styles.card}>
      <h1 className={styles.heading}>{t("loginTitle")}</h1>
      <p className={styles.intro}>{t("loginIntro")}</p>
      <form className={styles.form} onSubmit={(e) => void submit(e)}>
        {error && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        )}
        <Field label={t("username")} required>
          <Input
            name="username"
            autoComplete="username"
            value={username}
            onChange={(_, d) => setUsername(d.value)}
          />
        </Field>
        <Field label={t("password")} required>
          <Input
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(_, d) => setPassword(d.value)}
          />
        </Field>
        <Button type="submit" appearance="primary" disabled={busy}>
          {busy ? t("loggingIn") : t("loginButton")}
        </Button>
      </form>
    </Card>
  );
}
