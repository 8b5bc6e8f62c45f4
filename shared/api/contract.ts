import type { z } from "zod";
import { reportQuery, reportTextsResponse, textsBody, textsQuery } from "./annual-report";
import { ACCESS, healthResponse, loginBody, meResponse, type Role } from "./auth";
import { errorBodySchema } from "./errors";
import {
  importBatchListResponse,
  importBatchParams,
  importBody,
  importReportResponse,
} from "./imports";
import {
  createReleaseBody,
  createReleaseResponse,
  releaseListQuery,
  releaseListResponse,
} from "./releases";
import { tokenBatchBody } from "./tokens-batch";
import { submissionBody, submissionResponse } from "./submissions";
import { summaryQuery, summaryResponse } from "./summary";
import { issuedTokenResponse, newTokenBody, tokenIdParams, tokenListResponse } from "./tokens";
import {
  newUserBody,
  passwordResetResponse,
  userChangeBody,
  userChangeResponse,
  userIdParams,
  userListResponse,
  userSummarySchema,
} from "./users";
import { auditLogQuery, auditLogResponse } from "./audit-log";
import { scheduleBody, scheduleListResponse, scheduleParams } from "./schedules";
import { benchmarksQuerySchema, benchmarksResponseSchema } from "./benchmarks";
import {
  organisationResponse,
  organisationSaveBody,
  planQuery,
  planResponse,
  planSaveBody,
} from "./report-plan";

/**
 * The dashboard's HTTP API in one table: every route, what it takes, what it answers and who
 * may call it. The server validates requests with these schemas and serialises answers through
 * them (dashboard/server/http/serialise.ts; the large summary is checked by the compiler only),
 * the web pages parse answers with them (dashboard/web/src/features/<feature>/api/), and
 * test/dashboard/api/contract.test.ts holds the server's routes and their doors to this table.
 * Every failure answers `errorBody` (a code and a Japanese and an English message); the field
 * codes and messages of a refused request come from dashboard/server/http/zod-fields.ts.
 */
export interface RouteContract {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "OPTIONS";
  path: string;
  /**
   * A session of one of these roles; "submitToken": the bearer token of a round; "public":
   * anyone ("optional session": logout ends a session if there is one).
   */
  access: readonly Role[] | "submitToken" | "public" | "optionalSession";
  body?: z.ZodType;
  query?: z.ZodType;
  params?: z.ZodType;
  /** the answer's body on success; "file": a download (CSV, xlsx, HTML); null: 204 */
  response: z.ZodType | "file" | null;
}

export const errorBody = errorBodySchema;

export const API_ROUTES = [
  { method: "GET", path: "/api/health", access: "public", response: healthResponse },
  { method: "POST", path: "/api/login", access: "public", body: loginBody, response: meResponse },
  { method: "POST", path: "/api/logout", access: "optionalSession", response: null },
  { method: "GET", path: "/api/me", access: ACCESS.anySession, response: meResponse },
  {
    method: "GET",
    path: "/api/summary",
    access: ACCESS.dashboards,
    query: summaryQuery,
    response: summaryResponse,
  },
  {
    method: "POST",
    path: "/api/submissions",
    access: "submitToken",
    body: submissionBody,
    response: submissionResponse,
  },
  /** the CORS preflight of a cross-origin submission (KATSUYAKU_ALLOWED_ORIGINS) */
  { method: "OPTIONS", path: "/api/submissions", access: "public", response: null },
  {
    method: "POST",
    path: "/api/imports",
    access: ACCESS.imports,
    body: importBody,
    response: importReportResponse,
  },
  /** each import file is a batch (admin only, issue 14): listed, and removable whole */
  {
    method: "GET",
    path: "/api/imports",
    access: ACCESS.imports,
    response: importBatchListResponse,
  },
  {
    method: "DELETE",
    path: "/api/imports/:id",
    access: ACCESS.imports,
    params: importBatchParams,
    response: null,
  },
  /** frozen releases (issue 14): viewers and exports see only these */
  {
    method: "POST",
    path: "/api/releases",
    access: ACCESS.releases,
    body: createReleaseBody,
    response: createReleaseResponse,
  },
  {
    method: "GET",
    path: "/api/releases",
    access: ACCESS.releases,
    query: releaseListQuery,
    response: releaseListResponse,
  },
  {
    method: "GET",
    path: "/api/report",
    access: ACCESS.report,
    query: reportQuery,
    response: "file",
  },
  {
    method: "GET",
    path: "/api/report/texts",
    access: ACCESS.report,
    query: textsQuery,
    response: reportTextsResponse,
  },
  {
    method: "PUT",
    path: "/api/report/texts",
    access: ACCESS.report,
    body: textsBody,
    response: reportTextsResponse,
  },
  {
    method: "POST",
    path: "/api/users",
    access: ACCESS.manageUsersAndTokens,
    body: newUserBody,
    response: userSummarySchema,
  },
  {
    method: "GET",
    path: "/api/users",
    access: ACCESS.manageUsersAndTokens,
    response: userListResponse,
  },
  /** account management by an admin: never on one's own account, never the last active admin */
  {
    method: "PATCH",
    path: "/api/users/:id",
    access: ACCESS.manageUsersAndTokens,
    params: userIdParams,
    body: userChangeBody,
    response: userChangeResponse,
  },
  {
    method: "POST",
    path: "/api/users/:id/password",
    access: ACCESS.manageUsersAndTokens,
    params: userIdParams,
    response: passwordResetResponse,
  },
  {
    method: "DELETE",
    path: "/api/users/:id",
    access: ACCESS.manageUsersAndTokens,
    params: userIdParams,
    response: null,
  },
  {
    method: "GET",
    path: "/api/audit-log",
    access: ACCESS.manageUsersAndTokens,
    query: auditLogQuery,
    response: auditLogResponse,
  },
  {
    method: "POST",
    path: "/api/tokens",
    access: ACCESS.manageUsersAndTokens,
    body: newTokenBody,
    response: issuedTokenResponse,
  },
  {
    method: "GET",
    path: "/api/tokens",
    access: ACCESS.manageUsersAndTokens,
    response: tokenListResponse,
  },
  {
    method: "DELETE",
    path: "/api/tokens/:id",
    access: ACCESS.manageUsersAndTokens,
    params: tokenIdParams,
    response: null,
  },
  /** one token per company reference; answers the mail-merge CSV */
  {
    method: "POST",
    path: "/api/tokens/batch",
    access: ACCESS.manageUsersAndTokens,
    body: tokenBatchBody,
    response: "file",
  },
  /** the company's record goes (its token stays); releases already made keep it */
  {
    method: "DELETE",
    path: "/api/tokens/:id/record",
    access: ACCESS.manageUsersAndTokens,
    params: tokenIdParams,
    response: null,
  },
  /** the peers' released quartiles for the task pane: public, readable from any origin */
  {
    method: "GET",
    path: "/api/benchmarks",
    access: "public",
    query: benchmarksQuerySchema,
    response: benchmarksResponseSchema,
  },
  /** the fiscal years' schedules (募集要項の日程): public, readable from any origin */
  { method: "GET", path: "/api/schedules", access: "public", response: scheduleListResponse },
  {
    method: "PUT",
    path: "/api/schedules/:fiscalYear",
    access: ACCESS.manageUsersAndTokens,
    params: scheduleParams,
    body: scheduleBody,
    response: scheduleListResponse,
  },
  /** the annual report's plan items of a year and the organisation line (policy staff) */
  {
    method: "GET",
    path: "/api/report/plan",
    access: ACCESS.report,
    query: planQuery,
    response: planResponse,
  },
  {
    method: "PUT",
    path: "/api/report/plan",
    access: ACCESS.report,
    body: planSaveBody,
    response: planResponse,
  },
  {
    method: "PUT",
    path: "/api/report/organisation",
    access: ACCESS.report,
    body: organisationSaveBody,
    response: organisationResponse,
  },
] as const satisfies readonly RouteContract[];
