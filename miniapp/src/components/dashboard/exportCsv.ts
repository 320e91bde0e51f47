// Hands the exported CSV to the user: a download in h5; in WeChat a file shared to a chat, or the
// text on the clipboard when sharing is not possible (e.g. on a PC client or when cancelled).
import Taro from '@tarojs/taro';

export type Delivery = 'downloaded' | 'shared' | 'copied';

function download(filename: string, csv: string): void {
  const blob = new Blob([csv], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function writeUserFile(filePath: string, csv: string): Promise<void> {
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().writeFile({ filePath, data: csv, encoding: 'utf8', success: () => resolve(), fail: reject });
  });
}

export async function deliverCsv(filename: string, csv: string): Promise<Delivery> {
  if (process.env.TARO_ENV !== 'weapp') {
    download(filename, csv);
    return 'downloaded';
  }
  try {
    const filePath = `${Taro.env.USER_DATA_PATH}/${filename}`;
    await writeUserFile(filePath, csv);
    await Taro.shareFileMessage({ filePath, fileName: filename });
    return 'shared';
  } catch {
    await Taro.setClipboardData({ data: csv });
    return 'copied';
  }
}

export const DELIVERY_TOAST: Record<Delivery, string> = {
  downloaded: '已开始下载',
  shared: '已发送',
  copied: '无法发送文件，已复制到剪贴板',
};
