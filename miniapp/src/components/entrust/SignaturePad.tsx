// The signature pad: a 2d canvas written on with a finger (WeChat: touch events with canvas
// coordinates), a mouse or a pen (H5: pointer events), drawn through `Ink`; 确认签名 exports a PNG —
// a temp file in WeChat, a data URL turned into a blob: URL in the browser.
import { Canvas, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import { image } from '../../lib/a11y';
import { dataUrlToLocalFile, fileSize, type LocalFile } from '../../lib/upload';
import { Button } from '../ui/Button';
import { Ink, type InkContext } from './ink';
import { t } from '../../lib/i18n';

const CANVAS_ID = 'entrust-signature';
/** A tap is not a signature: at least this many drawn segments make one. */
const MIN_SEGMENTS = 3;
const STYLE = { width: 3, colour: '#1f2329' };
const isH5 = process.env.TARO_ENV === 'h5';

interface Surface {
  ink: Ink;
  width: number;
  height: number;
  /** Turns the drawing into a PNG file. */
  export(): Promise<LocalFile>;
}

/** H5: a plain <canvas> (Taro's H5 Canvas resets its bitmap on re-render), sized to its box at the screen's pixel ratio. */
function browserSurface(canvas: HTMLCanvasElement): Surface {
  const ratio = window.devicePixelRatio || 1;
  const { width, height } = canvas.getBoundingClientRect();
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const ctx = canvas.getContext('2d')!;
  ctx.scale(ratio, ratio);
  return { ink: new Ink(ctx as unknown as InkContext, STYLE), width, height, export: async () => dataUrlToLocalFile(canvas.toDataURL('image/png')) };
}

/** WeChat: the 2d canvas node from a selector query. */
function weappSurface(onReady: (surface: Surface) => void): void {
  Taro.createSelectorQuery()
    .select(`#${CANVAS_ID}`)
    .fields({ node: true, size: true })
    .exec((res: { node: Taro.Canvas & { width: number; height: number }; width: number; height: number }[]) => {
      const found = res?.[0];
      if (!found?.node) return;
      const ratio = Taro.getSystemInfoSync().pixelRatio;
      found.node.width = found.width * ratio;
      found.node.height = found.height * ratio;
      const ctx = found.node.getContext('2d') as unknown as InkContext & { scale(x: number, y: number): void };
      ctx.scale(ratio, ratio);
      onReady({
        ink: new Ink(ctx, STYLE),
        width: found.width,
        height: found.height,
        export: async () => {
          const { tempFilePath } = await Taro.canvasToTempFilePath({ canvas: found.node, fileType: 'png' } as Taro.canvasToTempFilePath.Option);
          return { filePath: tempFilePath, contentType: 'image/png', size: await fileSize(tempFilePath) };
        },
      });
    });
}

export function SignaturePad({ onSigned }: { onSigned: (file: LocalFile) => void }) {
  const surface = useRef<Surface>();
  const htmlCanvas = useRef<HTMLCanvasElement>(null);
  const [ready, setReady] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();

  useEffect(() => {
    const attach = (s: Surface) => {
      surface.current = s;
      setReady(true);
    };
    if (!isH5) {
      // The canvas node exists once the page has rendered.
      const timer = setTimeout(() => weappSurface(attach), 50);
      return () => clearTimeout(timer);
    }
    const canvas = htmlCanvas.current;
    if (!canvas) return undefined;
    attach(browserSurface(canvas));
    const at = (e: PointerEvent) => {
      const box = canvas.getBoundingClientRect();
      return [e.clientX - box.left, e.clientY - box.top] as const;
    };
    const down = (e: PointerEvent) => {
      e.preventDefault();
      canvas.setPointerCapture?.(e.pointerId);
      setError(undefined);
      surface.current?.ink.down(...at(e));
    };
    const move = (e: PointerEvent) => surface.current?.ink.move(...at(e));
    const up = () => surface.current?.ink.up();
    canvas.addEventListener('pointerdown', down);
    canvas.addEventListener('pointermove', move);
    canvas.addEventListener('pointerup', up);
    canvas.addEventListener('pointercancel', up);
    return () => {
      canvas.removeEventListener('pointerdown', down);
      canvas.removeEventListener('pointermove', move);
      canvas.removeEventListener('pointerup', up);
      canvas.removeEventListener('pointercancel', up);
    };
  }, []);

  const confirm = async () => {
    const s = surface.current;
    if (!s || saving) return;
    if (s.ink.segments < MIN_SEGMENTS) {
      setError(t('entrust.signature.empty'));
      return;
    }
    setError(undefined);
    setSaving(true);
    try {
      const file = await s.export();
      if (!file.size) throw new Error('empty export');
      onSigned(file);
    } catch {
      setError(t('entrust.signature.failed'));
    } finally {
      setSaving(false);
    }
  };

  const clear = () => {
    setError(undefined);
    const s = surface.current;
    s?.ink.clear(s.width, s.height);
  };

  type TouchPoint = { x: number; y: number };
  const touch = (e: { touches: TouchPoint[] }) => e.touches[0];
  return (
    <View className='signature-step'>
      <View className={`signature-pad${ready ? ' signature-pad--ready' : ''}`} {...image(t('entrust.signature.pad'))} {...(isH5 ? {} : { catchMove: true })}>
        {isH5 ? (
          <canvas ref={htmlCanvas} id={CANVAS_ID} className='signature-canvas' />
        ) : (
          <Canvas
            id={CANVAS_ID}
            type='2d'
            className='signature-canvas'
            disableScroll
            onTouchStart={(e) => {
              setError(undefined);
              const p = touch(e as unknown as { touches: TouchPoint[] });
              surface.current?.ink.down(p.x, p.y);
            }}
            onTouchMove={(e) => {
              const p = touch(e as unknown as { touches: TouchPoint[] });
              surface.current?.ink.move(p.x, p.y);
            }}
            onTouchEnd={() => surface.current?.ink.up()}
            onTouchCancel={() => surface.current?.ink.up()}
          />
        )}
        {!ready && <View className='signature-loading'>{t('entrust.signature.preparing')}</View>}
      </View>
      {error && <Text className='entrust-error signature-error'>{error}</Text>}
      <View className='signature-actions'>
        <Button className='signature-clear' fill='outline' onClick={clear}>
          {t('entrust.signature.clear')}
        </Button>
        <Button className='signature-confirm' type='primary' loading={saving} disabled={!ready} onClick={() => void confirm()}>
          {t('entrust.signature.confirm')}
        </Button>
      </View>
    </View>
  );
}
