// Everything that differs between the local stack and AWS comes from the environment, read here only.
export interface Config {
  stage: string;
  region: string;
  tableName: string;
  bucketName: string;
  /** Set only for the embedded stores; on AWS the SDK finds the service itself. */
  dynamoEndpoint?: string;
  s3Endpoint?: string;
  sessionSecret: string;
  sessionTtlSeconds: number;
  wechat: { apiBase: string; appId: string; appSecret: string };
  /** The development login: only ever on in the local stage. */
  devLogin: boolean;
}

export const LOCAL_STAGE = 'local';

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const stage = env.STAGE ?? LOCAL_STAGE;
  const isLocal = stage === LOCAL_STAGE;
  const required = (name: string, localDefault?: string): string => {
    const value = env[name] ?? (isLocal ? localDefault : undefined);
    if (!value) throw new ConfigError(`${name} is not set for stage ${stage}`);
    return value;
  };
  const sessionSecret = required('SESSION_SECRET', 'local-development-session-secret-not-for-production');
  if (sessionSecret.length < 32) throw new ConfigError('SESSION_SECRET must be at least 32 characters');
  return {
    stage,
    region: env.AWS_REGION ?? 'cn-north-1',
    tableName: required('TABLE_NAME', 'daiban-local'),
    bucketName: required('BUCKET_NAME', 'daiban-local-materials'),
    dynamoEndpoint: env.DDB_ENDPOINT || undefined,
    s3Endpoint: env.S3_ENDPOINT || undefined,
    sessionSecret,
    sessionTtlSeconds: Number(env.SESSION_TTL_SECONDS ?? 7200),
    wechat: {
      apiBase: env.WECHAT_API_BASE ?? 'https://api.weixin.qq.com',
      appId: required('WECHAT_APP_ID', 'wx0000000000000000'),
      appSecret: required('WECHAT_APP_SECRET', 'local-wechat-secret'),
    },
    // Both the stage and the switch must agree, so no production setting can turn it on.
    devLogin: isLocal && env.DEV_LOGIN === 'on',
  };
}

let cached: { env: string; config: Config } | undefined;

/** The configuration of this process; re-read when the environment changes (tests switch tables). */
export function config(): Config {
  const key = [process.env.STAGE, process.env.TABLE_NAME, process.env.DDB_ENDPOINT, process.env.DEV_LOGIN, process.env.WECHAT_API_BASE].join('|');
  if (!cached || cached.env !== key) cached = { env: key, config: loadConfig() };
  return cached.config;
}
