// A QR code as rows of same-colour runs, so it can be drawn with a few Views per row (no canvas).
import qrcode from 'qrcode-generator';

/** The largest symbol we draw: version 4 (33×33), enough for a booking's ticket text. */
export const MAX_QR_MODULES = 33;

export interface QrRun {
  dark: boolean;
  /** Modules in this run. */
  length: number;
}

export interface QrMatrix {
  /** Modules per side. */
  size: number;
  rows: QrRun[][];
}

/**
 * Encodes `text` at error-correction level M in the smallest version that holds it. Runs of
 * equal modules are merged: a 29×29 code becomes ~400 Views instead of 841.
 */
export function qrMatrix(text: string): QrMatrix {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const size = qr.getModuleCount();
  if (size > MAX_QR_MODULES) throw new RangeError(`QR text too long for ${MAX_QR_MODULES}×${MAX_QR_MODULES}: ${text.length} chars`);
  const rows: QrRun[][] = [];
  for (let r = 0; r < size; r += 1) {
    const runs: QrRun[] = [];
    for (let c = 0; c < size; c += 1) {
      const dark = qr.isDark(r, c);
      const last = runs[runs.length - 1];
      if (last && last.dark === dark) last.length += 1;
      else runs.push({ dark, length: 1 });
    }
    rows.push(runs);
  }
  return { size, rows };
}
