import { api } from "../../../lib/api-client";
import type { AuditLogResponse } from "../../../../../../shared/api/audit-log";
import type {
  PasswordResetResponse,
  UserChangeBody,
  UserSummaryJson,
} from "../../../../../../shared/api/users";
import type { IssuedToken, Role, SubmitToken, UserSummary } from "../../../lib/api-types";

export const listUsers = () => api.get<{ users: UserSummaryJson[] }>("/api/users");

export const changeUser = (id: number, change: UserChangeBody) =>
  api.patch<UserSummaryJson>(`/api/users/${id}`, change);

/** The new password comes back this once. */
export const resetPassword = (id: number) =>
  api.post<PasswordResetResponse>(`/api/users/${id}/password`);

export const deleteUser = (id: number) => api.delete<undefined>(`/api/users/${id}`);

export const listAuditLog = () => api.get<AuditLogResponse>("/api/audit-log");

export const createUser = (username: string, password: string, role: Role) =>
  api.post<UserSummary>("/api/users", { username, password, role });

export const listTokens = () => api.get<{ tokens: SubmitToken[] }>("/api/tokens");

export const issueToken = (fiscalYear: number, round: number, label: string) =>
  api.post<IssuedToken>("/api/tokens", {
    fiscalYear,
    round,
    ...(label.trim() ? { label: label.trim() } : {}),
  });

export const revokeToken = (id: number) => api.delete<undefined>(`/api/tokens/${id}`);
