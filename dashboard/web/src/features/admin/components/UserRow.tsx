import {
  Button,
  Dropdown,
  Option,
  TableCell,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { UserSummaryJson } from "../../../../../../shared/api/users";
import { useI18n } from "../../../i18n/i18n-context";
import type { Role } from "../../../lib/api-types";
import { formatDateTime } from "../../../lib/format";
import { ROLE_NAMES } from "./role-names";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  role: { minWidth: "9rem" },
});

export interface UserRowActions {
  changeRole(user: UserSummaryJson, role: Role): void;
  toggleDisabled(user: UserSummaryJson): void;
  resetPassword(user: UserSummaryJson): void;
  remove(user: UserSummaryJson): void;
}

/**
 * One account: name, role, last login, status, and what an admin may do with it. Nothing for
 * the admin's own row — the server refuses that too (no locking oneself out by a slip).
 */
export function UserRow({
  user,
  isSelf,
  busy,
  actions,
}: {
  user: UserSummaryJson;
  isSelf: boolean;
  busy: boolean;
  actions: UserRowActions;
}) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const name = { user: user.username };
  return (
    <TableRow>
      <TableHeaderCell scope="row">
        {user.username}
        {isSelf && ` ${t("you")}`}
      </TableHeaderCell>
      <TableCell>
        {isSelf ? (
          t(ROLE_NAMES[user.role])
        ) : (
          <Dropdown
            className={styles.role}
            aria-label={t("roleOfUser", name)}
            value={t(ROLE_NAMES[user.role])}
            selectedOptions={[user.role]}
            disabled={busy}
            onOptionSelect={(_, d) =>
              d.optionValue &&
              d.optionValue !== user.role &&
              actions.changeRole(user, d.optionValue as Role)
            }
          >
            {(Object.keys(ROLE_NAMES) as Role[]).map((r) => (
              <Option key={r} value={r}>
                {t(ROLE_NAMES[r])}
              </Option>
            ))}
          </Dropdown>
        )}
      </TableCell>
      <TableCell>{formatDateTime(user.lastLoginAt, lang)}</TableCell>
      <TableCell>{user.disabled ? t("accountDisabled") : t("active")}</TableCell>
      <TableCell>{formatDateTime(user.createdAt, lang)}</TableCell>
      <TableCell>
        {!isSelf && (
          <div className={styles.actions}>
            <Button
              size="small"
              disabled={busy}
              aria-label={t(user.disabled ? "enableUserLabel" : "disableUserLabel", name)}
              onClick={() => actions.toggleDisabled(user)}
            >
              {t(user.disabled ? "enableUser" : "disableUser")}
            </Button>
            <Button
              size="small"
              disabled={busy}
              aria-label={t("resetPasswordLabel", name)}
              onClick={() => actions.resetPassword(user)}
            >
              {t("resetPassword")}
            </Button>
            <Button
              size="small"
              disabled={busy}
              aria-label={t("deleteUserLabel", name)}
              onClick={() => actions.remove(user)}
            >
              {t("deleteUser")}
            </Button>
          </div>
        )}
      </TableCell>
    </TableRow>
  );
}
