// How queue pages word waits and a ticket's standing.
import { TicketState, type TicketView } from '@app/shared';
import { t } from '../../lib/i18n';
import '../../i18n/resident';

/** 约 12 分钟 / 无需等候 / 暂无估算 */
export function waitText(minutes: number | null, waiting: number): string {
  if (waiting === 0) return t('queue.noWait');
  if (minutes === null) return t('queue.noEstimate');
  return minutes < 1 ? t('queue.soon') : t('queue.about', { n: minutes });
}

/** The line under the number: what the holder should do now. */
export function standing(ticket: TicketView): string {
  switch (ticket.state) {
    case 'waiting':
      if (ticket.ahead === 0) return t('queue.standing.next');
      return t('queue.standing.ahead', { n: ticket.ahead });
    case 'called':
      return t('queue.standing.called', { window: ticket.window ?? '' });
    case 'serving':
      return t('queue.standing.serving', { window: ticket.window ?? '' });
    case 'done':
      return t('queue.standing.done');
    case 'missed':
      return t(ticket.requeued ? 'queue.standing.missedAgain' : 'queue.standing.missed');
    case 'cancelled':
      return t('queue.standing.cancelled');
    default:
      return TicketState.labels[ticket.state];
  }
}
