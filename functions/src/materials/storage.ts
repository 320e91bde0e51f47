// The object-storage adapter for material files: presigned POSTs for uploads straight from the
// phone, HeadObject (and the first bytes) for the confirmation, short-lived presigned GETs for
// downloads. The bucket is private; nothing here makes an object public.
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { config } from '../lib/config';

/** Longest life of a presigned GET (a download link). */
export const MAX_DOWNLOAD_SECONDS = 300;
/** Longest life of a presigned POST (an upload ticket). */
export const MAX_UPLOAD_SECONDS = 600;

const clients = new Map<string, S3Client>();

/**
 * One client per endpoint, reused across warm invocations. An endpoint is configured only for
 * s3rver, which serves buckets by path (`http://127.0.0.1:4569/<bucket>/<key>`), not by host.
 */
export function s3Client(): S3Client {
  const { s3Endpoint, region } = config();
  const key = s3Endpoint ?? 'aws';
  let client = clients.get(key);
  if (!client) {
    client = new S3Client({ region, endpoint: s3Endpoint, forcePathStyle: s3Endpoint !== undefined, maxAttempts: 3 });
    clients.set(key, client);
  }
  return client;
}

export interface PresignedPost {
  url: string;
  fields: Record<string, string>;
}

/**
 * A presigned POST for exactly one key, one content type and a size of 1 to `maxBytes` bytes.
 * Real S3 enforces the policy; s3rver does not, which is why the confirmation re-checks the object.
 */
export async function presignedPost(input: { key: string; contentType: string; maxBytes: number; expiresSeconds: number }): Promise<PresignedPost> {
  if (input.expiresSeconds < 1 || input.expiresSeconds > MAX_UPLOAD_SECONDS) throw new Error(`upload ticket life out of range: ${input.expiresSeconds}`);
  const client = s3Client();
  const post = await createPresignedPost(client, {
    Bucket: config().bucketName,
    Key: input.key,
    Fields: { 'Content-Type': input.contentType },
    Conditions: [
      ['content-length-range', 1, input.maxBytes],
      ['eq', '$Content-Type', input.contentType],
      ['eq', '$key', input.key],
    ],
    Expires: input.expiresSeconds,
  });
  return { url: post.url, fields: post.fields };
}

export interface StoredObject {
  size: number;
  contentType: string | undefined;
}

const isMissing = (error: unknown): boolean => {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === 'NotFound' || e?.name === 'NoSuchKey' || e?.$metadata?.httpStatusCode === 404;
};

/** The stored object's real size and content type, or undefined when there is no such object. */
export async function headObject(key: string): Promise<StoredObject | undefined> {
  try {
    const out = await s3Client().send(new HeadObjectCommand({ Bucket: config().bucketName, Key: key }));
    return { size: out.ContentLength ?? 0, contentType: out.ContentType };
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

/** The first `count` bytes of an object (a ranged GET), to check its magic number. */
export async function firstBytes(key: string, count: number): Promise<Uint8Array | undefined> {
  try {
    const out = await s3Client().send(new GetObjectCommand({ Bucket: config().bucketName, Key: key, Range: `bytes=0-${count - 1}` }));
    const bytes = (await out.Body?.transformToByteArray()) ?? new Uint8Array();
    return bytes.subarray(0, count);
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

/** Removes an object that failed the confirmation; best effort (the ticket may upload again). */
export async function deleteObject(key: string): Promise<void> {
  await s3Client().send(new DeleteObjectCommand({ Bucket: config().bucketName, Key: key }));
}

/**
 * An RFC 6266 Content-Disposition, inline (the phone shows the photo or opens the PDF in its reader
 * rather than only saving it), with an ASCII fallback name plus the real (e.g. Chinese) one for saving.
 */
export function inlineDisposition(downloadName: string): string {
  const ascii = downloadName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_') || 'material';
  const encoded = encodeURIComponent(downloadName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `inline; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** A presigned GET of at most five minutes, shown inline under `downloadName` with its admitted type. */
export async function presignedGet(key: string, expiresSeconds: number, downloadName: string, contentType?: string): Promise<string> {
  const expiresIn = Math.min(Math.max(1, Math.floor(expiresSeconds)), MAX_DOWNLOAD_SECONDS);
  const command = new GetObjectCommand({
    Bucket: config().bucketName,
    Key: key,
    ResponseContentDisposition: inlineDisposition(downloadName),
    ResponseContentType: contentType,
  });
  return getSignedUrl(s3Client(), command, { expiresIn });
}
