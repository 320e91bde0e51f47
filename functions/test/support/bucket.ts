// The materials bucket on the run's s3rver: useFreshTable names it (BUCKET_NAME) but creates none.
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { LOCAL_REGION } from '../../local/stores';

/**
 * s3rver checks no signature, but it does look the access key id up, and knows only its built-in
 * account S3RVER (the run's LOCAL_CREDENTIALS, `local`, are refused with InvalidAccessKeyId).
 */
export const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

/** An S3 client on the run's s3rver (path-style), for tests to act on the bucket directly. */
export function testS3Client(): S3Client {
  const endpoint = process.env.S3_ENDPOINT;
  if (!endpoint) throw new Error('S3_ENDPOINT is not set: is the Jest global setup running?');
  return new S3Client({ endpoint, region: LOCAL_REGION, credentials: S3RVER_CREDENTIALS, forcePathStyle: true });
}

/**
 * Makes sure the test bucket exists (suites share it; keys differ by case id) and lets this test
 * file's S3 calls through s3rver. Call after useFreshTable and before the first request.
 */
export async function useTestBucket(): Promise<string> {
  // The API's S3 client takes the environment's credentials: give it the account s3rver knows.
  // (DynamoDB Local takes any key.) Not needed once startS3 registers LOCAL_CREDENTIALS.
  process.env.AWS_ACCESS_KEY_ID = S3RVER_CREDENTIALS.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY = S3RVER_CREDENTIALS.secretAccessKey;
  const bucket = process.env.BUCKET_NAME ?? 'test-materials';
  const client = testS3Client();
  try {
    await client.send(new CreateBucketCommand({ Bucket: bucket }));
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name !== 'BucketAlreadyOwnedByYou' && name !== 'BucketAlreadyExists') throw error;
  } finally {
    client.destroy();
  }
  return bucket;
}
