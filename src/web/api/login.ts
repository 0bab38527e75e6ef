import { apiRequest } from '@/web/api/client';
import type { SessionResponse } from '@/web/api/types';

export interface LoginInput {
  username: string;
  password: string;
}

/** `POST /api/auth/login`: 401 `invalid_credentials`, 429 `too_many_attempts`, 400 with field errors. */
export function login(input: LoginInput): Promise<SessionResponse> {
  return apiRequest<SessionResponse>('/api/auth/login', {
    method: 'POST',
    body: input,
    allowUnauthorized: true,
    withoutCsrf: true,
  });
}
