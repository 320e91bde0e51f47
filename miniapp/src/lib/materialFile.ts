// A material's file, seen through its short-lived download link (≤ 5 minutes, fetched when needed):
// pictures open in the image viewer, PDFs as a document (the browser's reader in the H5 build).
import Taro from '@tarojs/taro';
import type { Material } from '@app/shared';
import { call } from '../api/client';

export const isImage = (contentType: string | undefined): boolean => Boolean(contentType?.startsWith('image/'));

/** A fresh link to the material's file. */
export async function materialUrl(caseId: string, materialId: string): Promise<string> {
  return (await call('downloadMaterial', { params: { id: caseId, materialId } })).url;
}

/** Opens the file; errors go to the caller (who says why in Chinese). */
export async function openMaterial(caseId: string, material: Pick<Material, 'id' | 'contentType'>): Promise<void> {
  const url = await materialUrl(caseId, material.id);
  if (isImage(material.contentType)) {
    await Taro.previewImage({ urls: [url], current: url });
  } else if (process.env.TARO_ENV === 'h5') {
    window.open(url, '_blank', 'noopener');
  } else {
    const file = await Taro.downloadFile({ url });
    await Taro.openDocument({ filePath: file.tempFilePath, fileType: 'pdf', showMenu: true });
  }
}
