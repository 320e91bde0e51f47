// Structured JSON logs (AWS Powertools). Only route ids, statuses, timings and error codes go in:
// never bodies, query strings, tokens, phone or ID numbers.
import { Logger } from '@aws-lambda-powertools/logger';

export const logger = new Logger({
  serviceName: 'daiban-bangban',
  logLevel: (process.env.LOG_LEVEL as 'INFO' | 'WARN' | 'ERROR' | 'DEBUG' | 'SILENT' | undefined) ?? 'INFO',
});
