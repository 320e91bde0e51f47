// How queue pages word waits and a ticket's standing.
import { TicketState, type TicketView } from '@app/shared';

/** 约 12 分钟 / 无需等候 / 暂无估算 */
export function waitText(minutes: number | null, waiting: number): string {
  if (waiting === 0) return '无需等候';
  if (minutes === null) return '暂无等候时间估算';
  return minutes < 1 ? '预计很快' : `预计约 ${minutes} 分钟`;
}

/** The line under the number: what the holder should do now. */
export function standing(t: TicketView): string {
  switch (t.state) {
    case 'waiting':
      if (t.ahead === 0) return '下一位就是您，请留意叫号';
      return `前面还有 ${t.ahead} 人`;
    case 'called':
      return `请到 ${t.window} 号窗口办理`;
    case 'serving':
      return `正在 ${t.window} 号窗口办理`;
    case 'done':
      return '已办结，感谢您的耐心等候';
    case 'missed':
      return t.requeued ? '已过号，且已重新排队过一次；如需办理请重新取号或咨询工作人员' : '已过号：叫号三次未到。您可以重新排队一次，排到队尾';
    case 'cancelled':
      return '已放弃排队';
    default:
      return TicketState.labels[t.state];
  }
}
