// Material uploads straight to object storage: ask the API for a presigned POST, post the file with
// Taro.uploadFile (progress included), then let the API confirm what was really stored. Shared by
// the entrustment page (the agreement signature) and the materials page.
import Taro from '@tarojs/taro';
import { MATERIAL_CONTENT_TYPES, MAX_MATERIAL_BYTES, type Material } from '@app/shared';
import { ApiCallError, call } from '../api/client';

export type MaterialContentType = (typeof MATERIAL_CONTENT_TYPES)[number];

/** A file on the device, ready to upload: a temp path in WeChat, a blob: URL in the browser. */
export interface LocalFile {
  filePath: string;
  contentType: MaterialContentType;
  size: number;
}

export interface UploadMaterialInput extends LocalFile {
  caseId: string;
  materialSpecId: string;
  /** Shown to agents and used as the download name; the API never trusts it in a storage key. */
  fileName: string;
  /** 0–100 while the file itself travels. */
  onProgress?: (percent: number) => void;
}

/** What the user reads when an upload fails; the codes are the API's, so callers can branch on them. */
export const UPLOAD_MESSAGES = {
  empty: '文件为空，请重新选择',
  tooLarge: '文件超过 10 MB，请压缩后重新上传',
  unsupported: '仅支持 JPG、PNG 图片和 PDF 文件',
  expired: '上传链接已失效，请重试',
  network: '文件上传失败，请检查网络后重试',
} as const;

const isWeapp = () => process.env.TARO_ENV === 'weapp';
const isH5 = () => process.env.TARO_ENV === 'h5';

const EXTENSION_TYPES: Record<string, MaterialContentType> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  pdf: 'application/pdf',
};

/** The admitted content type of a file name or path by its extension; undefined when not admitted. */
export function contentTypeOf(fileNameOrPath: string): MaterialContentType | undefined {
  const match = /\.([A-Za-z0-9]+)(?:[?#].*)?$/.exec(fileNameOrPath);
  return match ? EXTENSION_TYPES[match[1].toLowerCase()] : undefined;
}

const isAdmittedType = (type: string): type is MaterialContentType => (MATERIAL_CONTENT_TYPES as readonly string[]).includes(type);

/**
 * Uploads one material file of a case and returns the recorded material. One call is one attempt:
 * a retry (the caller's choice) asks for a fresh ticket, so an expired one never blocks it.
 * Errors are ApiCallError with a Chinese message; status 0 means the file never reached storage.
 */
export async function uploadMaterial(input: UploadMaterialInput): Promise<Material> {
  const { caseId, materialSpecId, filePath, contentType, size, onProgress } = input;
  if (!isAdmittedType(contentType)) throw new ApiCallError('validation_failed', 0, UPLOAD_MESSAGES.unsupported);
  if (!(size > 0)) throw new ApiCallError('validation_failed', 0, UPLOAD_MESSAGES.empty);
  if (size > MAX_MATERIAL_BYTES) throw new ApiCallError('payload_too_large', 0, UPLOAD_MESSAGES.tooLarge);
  const fileName = (input.fileName.trim() || 'file').slice(-120);

  const ticket = await call('requestUpload', { params: { id: caseId }, body: { materialSpecId, fileName, contentType, size } });
  onProgress?.(0);
  await postToStorage({ url: ticket.url, fields: ticket.fields, filePath, fileName, onProgress });
  onProgress?.(100);
  return call('confirmUpload', { params: { id: caseId }, body: { uploadId: ticket.uploadId } });
}

/** The presigned POST itself: the policy fields first, the file last (as S3 requires). */
async function postToStorage(options: {
  url: string;
  fields: Record<string, string>;
  filePath: string;
  fileName: string;
  onProgress?: (percent: number) => void;
}): Promise<void> {
  const { url, fields, filePath, fileName, onProgress } = options;
  let statusCode: number;
  let body: unknown;
  try {
    const task = Taro.uploadFile({
      url,
      filePath,
      name: 'file',
      formData: fields,
      // H5 only: the name the browser gives the blob; storage is another origin that takes no cookies.
      fileName,
      withCredentials: false,
      timeout: 120_000,
    });
    if (onProgress && typeof task.onProgressUpdate === 'function') {
      task.onProgressUpdate((res) => onProgress(Math.max(0, Math.min(100, Math.round(res.progress)))));
    }
    const result = await task;
    statusCode = result.statusCode;
    body = result.data;
  } catch {
    throw new ApiCallError('service_unavailable', 0, UPLOAD_MESSAGES.network);
  }
  if (statusCode >= 200 && statusCode < 300) return;
  // S3 answers in XML: a 403 is an expired or refused policy, EntityTooLarge the size condition.
  const text = typeof body === 'string' ? body : '';
  if (/EntityTooLarge/.test(text)) throw new ApiCallError('payload_too_large', statusCode, UPLOAD_MESSAGES.tooLarge);
  if (statusCode === 403) throw new ApiCallError('forbidden', statusCode, UPLOAD_MESSAGES.expired);
  throw new ApiCallError(statusCode >= 500 ? 'service_unavailable' : 'validation_failed', statusCode, UPLOAD_MESSAGES.network);
}

/** The size of a local file in bytes (0 when it cannot be read). */
export async function fileSize(filePath: string): Promise<number> {
  try {
    if (isWeapp()) {
      return await new Promise<number>((resolve, reject) => {
        Taro.getFileSystemManager().getFileInfo({ filePath, success: (res) => resolve(res.size), fail: reject });
      });
    }
    return (await (await fetch(filePath)).blob()).size;
  } catch {
    return 0;
  }
}

/** H5: a data: URL (what a canvas exports in the browser) as a blob: URL that Taro.uploadFile can post. */
export function dataUrlToLocalFile(dataUrl: string): LocalFile {
  const match = /^data:([^;,]+)(;base64)?,(.*)$/s.exec(dataUrl);
  if (!match) throw new ApiCallError('validation_failed', 0, UPLOAD_MESSAGES.empty);
  const type = match[1].toLowerCase();
  if (!isAdmittedType(type)) throw new ApiCallError('validation_failed', 0, UPLOAD_MESSAGES.unsupported);
  const raw = match[2] ? atob(match[3]) : decodeURIComponent(match[3]);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i += 1) bytes[i] = raw.charCodeAt(i);
  const blob = new Blob([bytes], { type });
  return { filePath: URL.createObjectURL(blob), contentType: type, size: blob.size };
}

/** Longest side of a re-encoded photo in the browser: legible for a document, far below 10 MB. */
const MAX_IMAGE_SIDE = 2400;
const JPEG_QUALITY = 0.8;

/**
 * Shrinks a photo before upload (a phone photo is often 3–8 MB): WeChat's compressImage in the
 * mini-program, a canvas re-encode to JPEG in the browser. PDFs pass through untouched. Best effort:
 * when compression fails or does not help, the original file is returned.
 */
export async function compressIfImage(filePath: string, knownType?: MaterialContentType): Promise<LocalFile> {
  const original: LocalFile = await describe(filePath, knownType);
  if (original.contentType === 'application/pdf') return original;
  try {
    const smaller = isWeapp() ? await compressInWeapp(original) : isH5() ? await compressInBrowser(original) : undefined;
    return smaller && smaller.size > 0 && smaller.size < original.size ? smaller : original;
  } catch {
    return original;
  }
}

async function describe(filePath: string, knownType?: MaterialContentType): Promise<LocalFile> {
  if (isH5() && /^(blob|data):/.test(filePath)) {
    // A browser file has no extension in its path: its type and size come from the blob itself.
    const blob = await (await fetch(filePath)).blob();
    const type = knownType ?? (isAdmittedType(blob.type) ? blob.type : undefined);
    if (!type) throw new ApiCallError('validation_failed', 0, UPLOAD_MESSAGES.unsupported);
    return { filePath, contentType: type, size: blob.size };
  }
  const type = knownType ?? contentTypeOf(filePath);
  if (!type) throw new ApiCallError('validation_failed', 0, UPLOAD_MESSAGES.unsupported);
  return { filePath, contentType: type, size: await fileSize(filePath) };
}

async function compressInWeapp(file: LocalFile): Promise<LocalFile | undefined> {
  const { tempFilePath } = await Taro.compressImage({ src: file.filePath, quality: 80 });
  if (!tempFilePath) return undefined;
  return { filePath: tempFilePath, contentType: contentTypeOf(tempFilePath) ?? file.contentType, size: await fileSize(tempFilePath) };
}

async function compressInBrowser(file: LocalFile): Promise<LocalFile | undefined> {
  const image = await new Promise<HTMLImageElement>((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('image not decodable'));
    img.src = file.filePath;
  });
  const scale = Math.min(1, MAX_IMAGE_SIDE / Math.max(image.naturalWidth, image.naturalHeight));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(image.naturalWidth * scale));
  canvas.height = Math.max(1, Math.round(image.naturalHeight * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) return undefined;
  // JPEG has no transparency: a transparent PNG would otherwise turn black.
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', JPEG_QUALITY));
  if (!blob) return undefined;
  return { filePath: URL.createObjectURL(blob), contentType: 'image/jpeg', size: blob.size };
}
