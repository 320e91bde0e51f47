// Everything that differs between the local stack and AWS comes from the environment, read here
// only. Secrets come from Secrets Manager on AWS (fetched at cold start, cached), from the
// environment in the local stage only.
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import * as z from 'zod/mini';
import { lazy } from '@app/shared';
import { AppError } from './errors';

export interface Config {
  stage: string;
  region: string;
  tableName: string;
  bucketName: string;
  /** Set only for the embedded stores; on AWS the SDK finds the service itself. */
  dynamoEndpoint?: string;
  s3Endpoint?: string;
  sessionTtlSeconds: number;
  wechatApiBase: string;
  /** The Secrets Manager secret holding the app's secrets (every stage but local). */
  appSecretId?: string;
  secretsEndpoint?: string;
  /** The development login: only ever on in the local stage. */
  devLogin: boolean;
  /** WeChat subscribe-message template ids per topic; a topic without one sends no WeChat message. */
  wechatTemplates: { caseProgress?: string; newTask?: string; bookingReminder?: string; queueCall?: string };
  /** developer | trial | formal: which build a message's page opens. */
  wechatMiniprogramState?: string;
  /** The H5 app's base URL (ends with '/'); a point's poster QR opens its point page there. Empty when unset outside the local stage. */
  h5BaseUrl: string;
  /**
   * Multiplies every per-caller rate limit; 1 everywhere but in the local stage, where load and
   * race tests that are not about the limits set RATE_LIMIT_SCALE (docs/decisions.md).
   */
  rateLimitScale: number;
}

export const LOCAL_STAGE = 'local';

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const stage = env.STAGE;
  if (!stage) throw new ConfigError('STAGE is not set');
  const isLocal = stage === LOCAL_STAGE;
  // Only a real Lambda sets AWS_LAMBDA_FUNCTION_NAME; the local stack's gateway runs the handlers in its own process.
  if (isLocal && env.AWS_LAMBDA_FUNCTION_NAME) {
    throw new ConfigError('the local stage cannot run on AWS Lambda');
  }
  const required = (name: string): string => {
    const value = env[name];
    if (!value) throw new ConfigError(`${name} is not set for stage ${stage}`);
    return value;
  };
  const appSecretId = env.APP_SECRET_ID || undefined;
  if (!isLocal && !appSecretId) throw new ConfigError(`APP_SECRET_ID is not set for stage ${stage}`);
  return {
    stage,
    region: env.AWS_REGION ?? 'cn-north-1',
    tableName: required('TABLE_NAME'),
    bucketName: required('BUCKET_NAME'),
    dynamoEndpoint: env.DDB_ENDPOINT || undefined,
    s3Endpoint: env.S3_ENDPOINT || undefined,
    sessionTtlSeconds: Number(env.SESSION_TTL_SECONDS ?? 7200),
    wechatApiBase: env.WECHAT_API_BASE || 'https://api.weixin.qq.com',
    appSecretId,
    secretsEndpoint: env.SECRETS_ENDPOINT || undefined,
    // Both the stage and the switch must agree, so no production setting can turn it on.
    devLogin: isLocal && env.DEV_LOGIN === 'on',
    wechatTemplates: {
      caseProgress: env.WECHAT_TEMPLATE_CASE_PROGRESS || undefined,
      newTask: env.WECHAT_TEMPLATE_NEW_TASK || undefined,
      bookingReminder: env.WECHAT_TEMPLATE_BOOKING_REMINDER || undefined,
      queueCall: env.WECHAT_TEMPLATE_QUEUE_CALL || undefined,
    },
    wechatMiniprogramState: env.WECHAT_MINIPROGRAM_STATE || undefined,
    h5BaseUrl: env.H5_BASE_URL || (isLocal ? 'http://127.0.0.1:10086/' : ''),
    rateLimitScale: isLocal && Number(env.RATE_LIMIT_SCALE) >= 1 ? Math.floor(Number(env.RATE_LIMIT_SCALE)) : 1,
  };
}

const WATCHED = [
  'STAGE', 'TABLE_NAME', 'BUCKET_NAME', 'DDB_ENDPOINT', 'DEV_LOGIN', 'WECHAT_API_BASE', 'APP_SECRET_ID', 'SECRETS_ENDPOINT',
  'WECHAT_TEMPLATE_CASE_PROGRESS', 'WECHAT_TEMPLATE_NEW_TASK', 'WECHAT_TEMPLATE_BOOKING_REMINDER', 'WECHAT_TEMPLATE_QUEUE_CALL', 'WECHAT_MINIPROGRAM_STATE',
  'H5_BASE_URL', 'RATE_LIMIT_SCALE',
];
let cached: { key: string; config: Config } | undefined;

/** The configuration of this process; re-read when the environment changes (tests switch tables). */
export function config(): Config {
  const key = WATCHED.map((name) => process.env[name]).join('|');
  if (!cached || cached.key !== key) cached = { key, config: loadConfig() };
  return cached.config;
}

export const AppSecretsSchema = lazy(() => z.object({
  sessionSecret: z.string().check(z.minLength(32, 'the session secret needs at least 32 characters')),
  wechatAppId: z.string().check(z.minLength(1)),
  wechatAppSecret: z.string().check(z.minLength(1)),
}));
export type AppSecrets = z.infer<typeof AppSecretsSchema>;

/** Secrets are re-read after this long, so a rotation takes effect without a redeploy. */
const SECRETS_TTL_MS = 5 * 60 * 1000;
let secretsCache: { key: string; at: number; value: Promise<AppSecrets> } | undefined;

async function fetchSecrets(cfg: Config): Promise<AppSecrets> {
  if (!cfg.appSecretId) {
    // Local stage only (loadConfig guarantees it): the local stack and tests set these.
    return AppSecretsSchema.parse({
      sessionSecret: process.env.SESSION_SECRET,
      wechatAppId: process.env.WECHAT_APP_ID,
      wechatAppSecret: process.env.WECHAT_APP_SECRET,
    });
  }
  const client = new SecretsManagerClient({ region: cfg.region, endpoint: cfg.secretsEndpoint, maxAttempts: 2 });
  let secretString: string | undefined;
  try {
    secretString = (await client.send(new GetSecretValueCommand({ SecretId: cfg.appSecretId }))).SecretString;
  } catch {
    throw new AppError('service_unavailable', 'secrets unavailable', { retryAfterSeconds: 5 });
  } finally {
    client.destroy();
  }
  // A secret of the wrong shape is our misconfiguration, not an outage.
  const parsed = AppSecretsSchema.safeParse(JSON.parse(secretString ?? '{}'));
  if (!parsed.success) throw new ConfigError(`secret ${cfg.appSecretId} is malformed: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`);
  return parsed.data;
}

export function appSecrets(): Promise<AppSecrets> {
  const cfg = config();
  const key = [cfg.appSecretId, process.env.SESSION_SECRET, process.env.WECHAT_APP_ID, process.env.WECHAT_APP_SECRET].join('|');
  const now = Date.now();
  if (!secretsCache || secretsCache.key !== key || now - secretsCache.at > SECRETS_TTL_MS) {
    const value = fetchSecrets(cfg);
    secretsCache = { key, at: now, value };
    // A failed fetch is not cached: the next request tries again.
    value.catch(() => {
      if (secretsCache?.value === value) secretsCache = undefined;
    });
  }
  return secretsCache.value;
}
