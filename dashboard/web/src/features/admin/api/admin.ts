import { api } from "../../../lib/api-client";
import type {
  ImportBatch,
  IssuedToken,
  ReleaseInfo,
  ReleaseListResponse,
  Role,
  SubmitToken,
  UserSummary,
} from "../../../lib/api-types";

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

/** The company's record goes (its token stays); releases already made keep it. */
export const revokeRecord = (id: number) => api.delete<undefined>(`/api/tokens/${id}/record`);

/** One token per label; the answer is the mail-merge CSV (UTF-8 with BOM). */
export const issueTokenBatch = (fiscalYear: number, round: number, labels: string[]) =>
  api.postForText("/api/tokens/batch", { fiscalYear, round, labels });

export const listReleases = (fiscalYear: number) =>
  api.get<ReleaseListResponse>(`/api/releases?fiscalYear=${fiscalYear}`);

export const createRelease = (fiscalYear: number, round: number | null) =>
  api.post<ReleaseInfo>("/api/releases", round === null ? { fiscalYear } : { fiscalYear, round });

export const listImports = () => api.get<{ batches: ImportBatch[] }>("/api/imports");

export const removeImport = (id: number) => api.delete<undefined>(`/api/imports/${id}`);
