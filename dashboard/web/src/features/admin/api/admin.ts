import {
  createReleaseResponse,
  releaseListResponse,
  type createReleaseBody,
} from "../../../../../../shared/api/releases";
import { importBatchListResponse } from "../../../../../../shared/api/imports";
import type { tokenBatchBody } from "../../../../../../shared/api/tokens-batch";
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

/** The company's record goes (its token stays); releases already made keep it. */
export const revokeRecord = (id: number) => api.delete(`/api/tokens/${id}/record`);

/** One token per label; the answer is the mail-merge CSV (UTF-8 with BOM). */
export const issueTokenBatch = (fiscalYear: number, round: number, labels: string[]) =>
  api.postForText("/api/tokens/batch", {
    fiscalYear,
    round,
    labels,
  } satisfies z.input<typeof tokenBatchBody>);

export const listReleases = (fiscalYear: number) =>
  api.get(releaseListResponse, `/api/releases?fiscalYear=${fiscalYear}`);

export const createRelease = (fiscalYear: number, round: number | null) =>
  api.post(
    createReleaseResponse,
    "/api/releases",
    (round === null ? { fiscalYear } : { fiscalYear, round }) satisfies z.input<
      typeof createReleaseBody
    >,
  );

export const listImports = () => api.get(importBatchListResponse, "/api/imports");

export const removeImport = (id: number) => api.delete(`/api/imports/${id}`);
