import {
  issuedTokenResponse,
  tokenListResponse,
  type newTokenBody,
} from "../../../../../../shared/api/tokens";
import {
  userListResponse,
  userSummarySchema,
  type newUserBody,
} from "../../../../../../shared/api/users";
import type { z } from "zod";
import { api } from "../../../lib/api-client";
import type { Role } from "../../../lib/api-types";

export const listUsers = () => api.get(userListResponse, "/api/users");

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
