// Picks one material file: a photo (camera or album) everywhere, or a PDF from a WeChat chat in the mini-program.
import Taro from '@tarojs/taro';
import { MATERIAL_CONTENT_TYPES } from '@app/shared';
import type { MaterialContentType } from '../../lib/upload';

export interface PickedFile {
  filePath: string;
  /** The browser knows the MIME type; WeChat only says "image". */
  knownType?: MaterialContentType;
  /** The original name, where the picker gives one. */
  name?: string;
}

const admitted = (type: unknown): MaterialContentType | undefined =>
  typeof type === 'string' && (MATERIAL_CONTENT_TYPES as readonly string[]).includes(type) ? (type as MaterialContentType) : undefined;

async function pickImage(): Promise<PickedFile | undefined> {
  if (typeof Taro.chooseMedia === 'function') {
    const res = await Taro.chooseMedia({ count: 1, mediaType: ['image'], sourceType: ['album', 'camera'], sizeType: ['compressed'] });
    const file = res.tempFiles[0] as Taro.chooseMedia.ChooseMedia | undefined;
    if (!file) return undefined;
    return { filePath: file.tempFilePath, knownType: admitted(file.originalFileObj?.type ?? file.fileType), name: file.originalFileObj?.name };
  }
  // Older WeChat base libraries have only chooseImage.
  const res = await Taro.chooseImage({ count: 1, sourceType: ['album', 'camera'], sizeType: ['compressed'] });
  const path = res.tempFilePaths[0];
  return path ? { filePath: path, knownType: admitted(res.tempFiles[0]?.type) } : undefined;
}

async function pickPdf(): Promise<PickedFile | undefined> {
  const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['pdf'] });
  const file = res.tempFiles[0];
  return file ? { filePath: file.path, knownType: 'application/pdf', name: file.name } : undefined;
}

/** Resolves to undefined when the user cancels. The H5 build has no chat files: photos only. */
export async function pickMaterialFile(): Promise<PickedFile | undefined> {
  try {
    if (process.env.TARO_ENV !== 'weapp') return await pickImage();
    const { tapIndex } = await Taro.showActionSheet({ itemList: ['拍照或从相册选择图片', '从微信聊天选择 PDF 文件'] });
    return tapIndex === 1 ? await pickPdf() : await pickImage();
  } catch {
    return undefined; // cancelled
  }
}
