import type { MessageKey } from "../../../i18n/ja";
import type { Role } from "../../../lib/api-types";

export const ROLE_NAMES: Record<Role, MessageKey> = {
  admin: "roleAdmin",
  foundation: "roleFoundation",
  policy: "rolePolicy",
};
