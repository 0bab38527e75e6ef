import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1')
  .optional();

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
  NODE_ENV: z.string().default('development'),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(72).default(12),
  COOKIE_SECURE: bool,
  PUBLIC_ORIGIN: z.string().url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_DEMO: bool,
  SMTP_URL: z.string().url().optional(),
  SMTP_FROM: z.string().default('Landsby <ikke-svar@landsby.invalid>'),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  production: boolean;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  /** Secure cookie with the `__Host-` prefix: on by default in production (behind HTTPS). */
  cookieSecure: boolean;
  /** Origins allowed to send state-changing requests; empty means "same host as the request". */
  allowedOrigins: string[];
  logLevel: string;
  /** Seed demo data on first start (default on outside production). */
  seedDemo: boolean;
  /** Where e-mail digests go out (smtp://host:port); none are sent when unset. */
  smtpUrl?: string;
  smtpFrom: string;
  /** The address links in e-mails and calendar feeds point to. */
  publicOrigin: string;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const e = EnvSchema.parse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  const production = e.NODE_ENV === 'production';
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    production,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionMaxHours: e.SESSION_MAX_HOURS,
    cookieSecure: e.COOKIE_SECURE ?? production,
    allowedOrigins: e.PUBLIC_ORIGIN ? [new URL(e.PUBLIC_ORIGIN).origin] : [],
    logLevel: e.LOG_LEVEL,
    seedDemo: e.SEED_DEMO ?? !production,
    smtpUrl: e.SMTP_URL,
    smtpFrom: e.SMTP_FROM,
    publicOrigin: e.PUBLIC_ORIGIN ? new URL(e.PUBLIC_ORIGIN).origin : `http://localhost:${e.PORT}`,
  };
}
