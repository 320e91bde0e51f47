// The materials bucket on the run's s3rver: useFreshTable names it (BUCKET_NAME) but creates none.
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../local/stores';

/** An S3 client on the run's s3rver (path-style), for tests to act on the bucket directly. */
export function testS3Client(): S3Client {
  const endpoint = process.env.S3_ENDPOINT;
  if (!endpoint) throw new Error('S3_ENDPOINT is not set: is the Jest global setup running?');
  return new S3Client({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS, forcePathStyle: true });
}

/** Makes sure the test bucket exists (suites share it; keys differ by case id). */
export async function useTestBucket(): Promise<string> {
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
