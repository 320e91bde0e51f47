// 语音叫号 on the hall display: "请 A 零 二 三 号到 3 号窗口办理", read by the browser's own speech
// synthesis (zh-CN). Each call is said once: a key per ticket and call count, so 重呼 is said again.
import type { BoardCall } from '@app/shared';

const DIGITS = '零一二三四五六七八九';

/** A023 → "A 零二三": the letter, then the digits one by one, as halls call them. */
export const spokenNumber = (number: string) => number.replace(/^([A-Z])/, '$1 ').replace(/\d/g, (d) => DIGITS[Number(d)]);

export const callSentence = (c: BoardCall) => `请 ${spokenNumber(c.number)} 号，到 ${c.window} 号窗口办理`;

export const callKey = (c: BoardCall) => `${c.id}:${c.calls}`;

type Synth = { speak: (u: unknown) => void; cancel?: () => void };

function synth(): { speech: Synth; Utterance: new (text: string) => { lang: string; rate: number } } | undefined {
  const w = globalThis as unknown as { speechSynthesis?: Synth; SpeechSynthesisUtterance?: new (text: string) => { lang: string; rate: number } };
  return w.speechSynthesis && w.SpeechSynthesisUtterance ? { speech: w.speechSynthesis, Utterance: w.SpeechSynthesisUtterance } : undefined;
}

export const canSpeak = () => synth() !== undefined;

/** Says a call once, slowly (a 重呼 is a new call and is said again); returns whether the browser could. */
export function announce(c: BoardCall): boolean {
  const s = synth();
  if (!s) return false;
  const u = new s.Utterance(callSentence(c));
  u.lang = 'zh-CN';
  u.rate = 0.85;
  s.speech.speak(u);
  return true;
}
