import { api } from "../../../lib/api-client";
import type { IssuedToken, Role, SubmitToken, UserSummary } from "../../../lib/api-types";

export const listUsers = () => api.get<{ users: UserSummary[] }>("/api/users");

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
