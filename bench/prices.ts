// The published on-demand prices the cost figure uses (update here when the price lists change).
// Deployed stages run in AWS China, cn-north-1 (Beijing) and cn-northwest-1 (Ningxia), priced in CNY
// on amazonaws.cn. Those CNY prices could not be read in full when this was written (only a truncated
// copy of https://www.amazonaws.cn/en/dynamodb/pricing/ was at hand: no read-request price, and no
// Lambda price at all), so the bench prices the lifecycle at us-east-1's list prices and says so;
// add a CNY sheet here from the amazonaws.cn pricing pages before budgeting.
import type { PriceSheet } from './math';

export const US_EAST_1: PriceSheet & { sources: string[] } = {
  region: 'us-east-1 (N. Virginia)',
  currency: 'USD',
  // DynamoDB Standard table class, on-demand, since the price reduction of 2024-11-01.
  dynamoPerMillionWrites: 0.625,
  dynamoPerMillionReads: 0.125,
  // Lambda, Arm (serverless.yml: architecture arm64), first duration tier.
  lambdaPerMillionRequests: 0.2,
  lambdaPerGbSecond: 0.0000133334,
  sources: ['https://aws.amazon.com/dynamodb/pricing/on-demand/', 'https://aws.amazon.com/lambda/pricing/'],
};

/** Where the deployed stages run, and why their prices are not used. */
export const DEPLOYED_REGION_NOTE =
  'The deployed stages run in cn-north-1 (Beijing) and cn-northwest-1 (Ningxia), priced in CNY on amazonaws.cn ' +
  '(https://www.amazonaws.cn/en/dynamodb/pricing/ and the Lambda pricing page there); those prices were not available in full ' +
  'when this bench was written, so no CNY figure is given: the request and unit counts above are what to multiply by them.';

/** serverless.yml provider.memorySize. */
export const LAMBDA_MEMORY_MB = 512;
