// Envelope encryption of the most sensitive personal data (ID-card numbers, PIPL 敏感个人信息).
// Each value gets its own 256-bit data key; the value is sealed with AES-256-GCM and the data key is
// kept only in encrypted form next to it. On AWS the data key comes from KMS (GenerateDataKey /
// Decrypt, bound to the case by an encryption context); in the local stack a local master key
// (32 bytes, base64, in LOCAL_MASTER_KEY — `npm start` keeps one in .data) plays KMS's part.
// The case id is authenticated data too: a sealed value copied onto another case does not open.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { DecryptCommand, GenerateDataKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import * as z from 'zod/mini';
import { lazy } from '@app/shared';
import { config } from './config';

export const SealedSchema = lazy(() => z.object({
  v: z.literal(1),
  /** Which key wrapped the data key: 'kms' or 'local'. */
  by: z.enum(['kms', 'local']),
  /** The data key, encrypted (base64). */
  key: z.string(),
  iv: z.string(),
  tag: z.string(),
  data: z.string(),
}));
export type Sealed = z.infer<typeof SealedSchema>;

interface KeyWrapper {
  by: Sealed['by'];
  newDataKey(context: string): Promise<{ plain: Buffer; wrapped: string }>;
  unwrap(wrapped: string, context: string): Promise<Buffer>;
}

function gcm(key: Buffer, iv: Buffer, aad: string) {
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  return cipher;
}
function gcmOpen(key: Buffer, iv: Buffer, aad: string, tag: Buffer) {
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(tag);
  return decipher;
}

/** The local stack's stand-in for KMS: data keys wrapped with AES-256-GCM under a master key. */
function localWrapper(masterBase64: string): KeyWrapper {
  const master = Buffer.from(masterBase64, 'base64');
  if (master.length !== 32) throw new Error('LOCAL_MASTER_KEY must be 32 bytes, base64');
  return {
    by: 'local',
    async newDataKey(context) {
      const plain = randomBytes(32);
      const iv = randomBytes(12);
      const cipher = gcm(master, iv, context);
      const wrapped = Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]).toString('base64');
      return { plain, wrapped };
    },
    async unwrap(wrapped, context) {
      const raw = Buffer.from(wrapped, 'base64');
      const decipher = gcmOpen(master, raw.subarray(0, 12), context, raw.subarray(raw.length - 16));
      return Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]);
    },
  };
}

let kms: KMSClient | undefined;
function kmsWrapper(keyId: string, region: string): KeyWrapper {
  kms ??= new KMSClient({ region });
  const client = kms;
  return {
    by: 'kms',
    async newDataKey(context) {
      const out = await client.send(new GenerateDataKeyCommand({ KeyId: keyId, KeySpec: 'AES_256', EncryptionContext: { purpose: 'personal-data', context } }));
      return { plain: Buffer.from(out.Plaintext!), wrapped: Buffer.from(out.CiphertextBlob!).toString('base64') };
    },
    async unwrap(wrapped, context) {
      const out = await client.send(
        new DecryptCommand({ KeyId: keyId, CiphertextBlob: Buffer.from(wrapped, 'base64'), EncryptionContext: { purpose: 'personal-data', context } }),
      );
      return Buffer.from(out.Plaintext!);
    },
  };
}

function wrapper(by?: Sealed['by']): KeyWrapper {
  const { stage, region } = config();
  const kmsKey = process.env.KMS_KEY_ID;
  if ((by ?? (stage === 'local' ? 'local' : 'kms')) === 'kms') {
    if (!kmsKey) throw new Error('KMS_KEY_ID is not set');
    return kmsWrapper(kmsKey, region);
  }
  if (stage !== 'local') throw new Error('a local master key is only for the local stage');
  const master = process.env.LOCAL_MASTER_KEY;
  if (!master) throw new Error('LOCAL_MASTER_KEY is not set');
  return localWrapper(master);
}

/** Seals a value for one context (the case id). */
export async function seal(value: string, context: string): Promise<Sealed> {
  const w = wrapper();
  const { plain, wrapped } = await w.newDataKey(context);
  const iv = randomBytes(12);
  const cipher = gcm(plain, iv, context);
  const data = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
  plain.fill(0);
  return { v: 1, by: w.by, key: wrapped, iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') };
}

/** Opens a sealed value; throws if it was sealed for another context or tampered with. */
export async function unseal(sealed: Sealed, context: string): Promise<string> {
  const plain = await wrapper(sealed.by).unwrap(sealed.key, context);
  try {
    const decipher = gcmOpen(plain, Buffer.from(sealed.iv, 'base64'), context, Buffer.from(sealed.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]).toString('utf8');
  } finally {
    plain.fill(0);
  }
}
