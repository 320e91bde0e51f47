// How the service-point page was opened: a mini-program code's scene, an H5 link's code, or an in-app id.
import { PointCodeSchema } from '@app/shared';

export type PointRef = { code: string } | { id: string };

/**
 * An unlimited mini-program code carries the point code in `scene` (≤ 32 chars, URL-encoded by
 * WeChat); a bare code is the norm, `code=…` is accepted too. Anything else is an invalid code.
 */
export function pointRefFrom(params: Partial<Record<string, string>>): PointRef | 'invalid' | undefined {
  const raw = params.scene ? sceneCode(params.scene) : params.code;
  if (raw !== undefined) {
    const code = raw.trim();
    return PointCodeSchema.safeParse(code).success ? { code } : 'invalid';
  }
  return params.id ? { id: params.id } : undefined;
}

function sceneCode(scene: string): string {
  let text = scene;
  try {
    text = decodeURIComponent(scene);
  } catch {
    // a malformed escape: validate the text as it came
  }
  const match = /(?:^|&)code=([^&]*)/.exec(text);
  return match ? match[1] : text;
}
