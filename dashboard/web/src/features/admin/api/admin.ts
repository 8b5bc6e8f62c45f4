import {
  issuedTokenResponse,
  tokenListResponse,
  type newTokenBody,
} from "../../../../../../shared/api/tokens";
import {
  passwordResetResponse,
  userChangeResponse,
  userListResponse,
  userSummarySchema,
  type newUserBody,
  type UserChangeBody,
} from "../../../../../../shared/api/users";
import type { z } from "zod";
import { api } from "../../../lib/api-client";
import { auditLogResponse } from "../../../../../../shared/api/audit-log";
import type { Role } from "../../../lib/api-types";

export const listUsers = () => api.get(userListResponse, "/api/users");

export const changeUser = (id: number, change: UserChangeBody) =>
  api.patch(userChangeResponse, `/api/users/${id}`, change);

/** The new password comes back this once. */
export const resetPassword = (id: number) =>
  api.post(passwordResetResponse, `/api/users/${id}/password`);

export const deleteUser = (id: number) => api.delete(`/api/users/${id}`);

export const listAuditLog = () => api.get(auditLogResponse, "/api/audit-log");

export const createUser = (username: string, password: string, role: Role) =>
  api.post(userSummarySchema, "/api/users", {
    username,
    password,
    role,
  } satisfies z.input<typeof newUserBody>);

export const listTokens = () => api.get(tokenListResponse, "/api/tokens");

export const issueToken = (fiscalYear: number, round: number, label: string) =>
  api.post(issuedTokenResponse, "/api/tokens", {
    fiscalYear,
    round,
    ...(label.trim() ? { label: label.trim() } : {}),
  } satisfies z.input<typeof newTokenBody>);

export const revokeToken = (id: number) => api.delete(`/api/tokens/${id}`);
