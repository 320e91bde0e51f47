// Step 4 手写签名: the applicant signs on a canvas (NutUI Signature); 确认 exports it as a PNG file —
// a temp file path in WeChat, a data URL turned into a blob: URL in the browser.
import { Image, Text, View } from '@tarojs/components';
import { Button, Signature } from '@nutui/nutui-react-taro';
import { useEffect, useRef, useState } from 'react';
import { dataUrlToLocalFile, fileSize, type LocalFile } from '../../lib/upload';
import { bridgeMouseToTouch } from './mouseAsTouch';

const CANVAS_ID = 'entrust-signature';
const PAD_ID = 'entrust-signature-pad';
/** NutUI sizes its canvas one second after mounting; strokes before that are not drawn. */
const PAD_READY_MS = 1200;
/** A tap is not a signature: at least this many move events make one. */
const MIN_MOVES = 3;
/** NutUI never calls back when the export fails; give up after this long. */
const EXPORT_TIMEOUT_MS = 6000;

const isH5 = process.env.TARO_ENV === 'h5';
const EMPTY_MESSAGE = '请先在上方签名区域内手写签名';
const FAILED_MESSAGE = '签名保存失败，请重新签名';

interface SignatureHandle {
  confirm: () => void;
  clear: () => void;
}

interface Props {
  signerName: string;
  signature?: LocalFile;
  onSigned: (file: LocalFile) => void;
  onCleared: () => void;
}

export function SignatureStep({ signerName, signature, onSigned, onCleared }: Props) {
  return (
    <View className='entrust-section'>
      <Text className='entrust-label'>请 {signerName || '申请人'} 本人在下方手写签名</Text>
      {signature ? (
        <View className='signature-done'>
          <Image className='signature-preview' src={signature.filePath} mode='aspectFit' />
          <Button className='signature-redo' size='small' fill='outline' onClick={onCleared}>
            重新签名
          </Button>
        </View>
      ) : (
        <SignaturePad onSigned={onSigned} />
      )}
    </View>
  );
}

function SignaturePad({ onSigned }: { onSigned: (file: LocalFile) => void }) {
  const pad = useRef<SignatureHandle>(null);
  const moves = useRef(0);
  const exportTimer = useRef<ReturnType<typeof setTimeout>>();
  const [ready, setReady] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();

  useEffect(() => {
    const timer = setTimeout(() => setReady(true), PAD_READY_MS);
    return () => {
      clearTimeout(timer);
      clearTimeout(exportTimer.current);
    };
  }, []);

  useEffect(() => {
    if (!isH5) return undefined;
    const container = document.getElementById(PAD_ID);
    return container ? bridgeMouseToTouch(container) : undefined;
  }, []);

  const exported = async (path: string, isSigned?: boolean) => {
    clearTimeout(exportTimer.current);
    try {
      if (!isSigned || !path) {
        setError(EMPTY_MESSAGE);
        return;
      }
      const file: LocalFile = path.startsWith('data:') ? dataUrlToLocalFile(path) : { filePath: path, contentType: 'image/png', size: await fileSize(path) };
      if (!file.size) throw new Error('empty export');
      onSigned(file);
    } catch {
      setError(FAILED_MESSAGE);
    } finally {
      setSaving(false);
    }
  };

  const confirm = () => {
    if (!ready || saving) return;
    if (moves.current < MIN_MOVES) {
      setError(EMPTY_MESSAGE);
      return;
    }
    setError(undefined);
    setSaving(true);
    exportTimer.current = setTimeout(() => {
      setSaving(false);
      setError(FAILED_MESSAGE);
    }, EXPORT_TIMEOUT_MS);
    pad.current?.confirm();
  };

  const clear = () => {
    moves.current = 0;
    setError(undefined);
    pad.current?.clear();
  };

  return (
    <View className='signature-step'>
      <View
        id={PAD_ID}
        className={`signature-pad${ready ? ' signature-pad--ready' : ''}`}
        // WeChat: keep the page still while the finger writes.
        {...(isH5 ? {} : { catchMove: true })}
        onTouchStart={() => {
          if (error) setError(undefined);
        }}
        onTouchMove={() => {
          moves.current += 1;
        }}
      >
        <Signature ref={pad} canvasId={CANVAS_ID} type='png' lineWidth={3} strokeStyle='#1f2329' onConfirm={exported} />
        {!ready && <View className='signature-loading'>签名板准备中…</View>}
      </View>
      {error && <Text className='entrust-error signature-error'>{error}</Text>}
      <View className='signature-actions'>
        <Button className='signature-clear' fill='outline' onClick={clear}>
          清除
        </Button>
        <Button className='signature-confirm' type='primary' loading={saving} disabled={!ready} onClick={confirm}>
          确认签名
        </Button>
      </View>
    </View>
  );
}
