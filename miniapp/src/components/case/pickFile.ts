// Picks one material file. In the browser: a file input that takes JPEG, PNG and PDF, checked for
// type and size before anything is uploaded. In WeChat: a photo (camera or album), or a PDF from a
// chat (chooseMessageFile). A refused file is answered with a Chinese sentence, never dropped.
import Taro from '@tarojs/taro';
import { MATERIAL_CONTENT_TYPES, MAX_MATERIAL_BYTES } from '@app/shared';
import { contentTypeOf, type MaterialContentType } from '../../lib/upload';
import { formatBytes } from './caseLogic';
import { t } from '../../lib/i18n';
import '../../i18n/caseView';

export interface PickedFile {
  filePath: string;
  /** The browser knows the MIME type; WeChat only says "image". */
  knownType?: MaterialContentType;
  /** The original name, where the picker gives one. */
  name?: string;
}

/** A file picked and fit to upload, a file refused (with why), or nothing (the user cancelled). */
export type PickResult = { file: PickedFile } | { refused: string } | undefined;

/** What the browser's picker offers: exactly the types the API admits. */
export const ACCEPT = 'image/jpeg,image/png,application/pdf,.jpg,.jpeg,.png,.pdf';

const admitted = (type: unknown): MaterialContentType | undefined =>
  typeof type === 'string' && (MATERIAL_CONTENT_TYPES as readonly string[]).includes(type) ? (type as MaterialContentType) : undefined;

/** Why a file cannot be a material, in the words the resident reads; undefined when it can. */
export function refusalOf(file: { name: string; type: string; size: number }): string | undefined {
  const type = admitted(file.type) ?? contentTypeOf(file.name);
  if (!type) return t('caseView.material.notAFile', { name: file.name });
  if (file.size <= 0) return t('caseView.material.empty', { name: file.name });
  if (file.size > MAX_MATERIAL_BYTES) return t('caseView.material.tooBig', { name: file.name, size: formatBytes(file.size) });
  return undefined;
}

/** The browser's own file picker, one file; resolves undefined when the user closes it. */
function pickInBrowser(): Promise<PickResult> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = ACCEPT;
    input.setAttribute('aria-label', t('caseView.material.pickField'));
    input.style.display = 'none';
    const done = (result: PickResult) => {
      input.remove();
      resolve(result);
    };
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return done(undefined);
      const refused = refusalOf(file);
      if (refused) return done({ refused });
      const knownType = admitted(file.type) ?? contentTypeOf(file.name);
      done({ file: { filePath: URL.createObjectURL(file), knownType, name: file.name } });
    });
    input.addEventListener('cancel', () => done(undefined));
    document.body.appendChild(input);
    input.click();
  });
}

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

async function pickPdf(): Promise<PickResult> {
  const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['pdf'] });
  const file = res.tempFiles[0];
  if (!file) return undefined;
  const refused = refusalOf({ name: file.name, type: 'application/pdf', size: file.size });
  return refused ? { refused } : { file: { filePath: file.path, knownType: 'application/pdf', name: file.name } };
}

export async function pickMaterialFile(): Promise<PickResult> {
  try {
    if (process.env.TARO_ENV === 'h5') return await pickInBrowser();
    const { tapIndex } = await Taro.showActionSheet({ itemList: [t('caseView.material.fromAlbum'), t('caseView.material.fromChat')] });
    if (tapIndex === 1) return await pickPdf();
    const image = await pickImage();
    return image ? { file: image } : undefined;
  } catch {
    return undefined; // cancelled
  }
}
