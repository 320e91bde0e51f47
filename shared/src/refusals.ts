// Why a request was refused, as values beside the error codes: every 409 (and the few 400s and 404s
// whose code alone would not say enough) carries a `reason` from one registered vocabulary, and the
// app turns any reason into its Chinese sentence. Each capability's vocabulary has a module of its own
// in refusalVocabularies/ (re-exported by the capability's schemas) and is registered here once; a
// reason registered twice stops the module from loading.
import * as z from 'zod/mini';
import { lazy } from './lazy';
import { BookingRefusal } from './refusalVocabularies/bookings';
import { CalendarRefusal } from './refusalVocabularies/calendar';
import { Refusal } from './refusalVocabularies/case';
import { CaseChangeRefusal } from './refusalVocabularies/caseChange';
import { CatalogueRefusal } from './refusalVocabularies/catalogue';
import { ChannelRefusal } from './refusalVocabularies/channels';
import { MaterialRefusal } from './refusalVocabularies/materials';
import { OpinionRefusal } from './refusalVocabularies/opinions';
import { QueueRefusal } from './refusalVocabularies/queue';
import { RectificationRefusal } from './refusalVocabularies/rectification';
import { ScheduleRefusal } from './refusalVocabularies/schedule';
import { StaffRefusal } from './refusalVocabularies/staff';
import { vocabulary } from './vocabulary';

/** What any change may meet, whatever it changes. */
export const RequestRefusal = vocabulary({
  staleVersion: '内容已被他人更新，请刷新后重试',
  concurrentChange: '有人同时在办理，请刷新后重试',
  idempotencyKeyReused: '这次提交与先前同一编号的提交内容不同，请重新提交',
});
export type RequestRefusal = z.infer<typeof RequestRefusal.schema>;


/** Every vocabulary of refusals, by capability. Add a capability's vocabulary here, once. */
export const REFUSAL_VOCABULARIES = {
  request: RequestRefusal,
  case: Refusal,
  caseChange: CaseChangeRefusal,
  catalogue: CatalogueRefusal,
  materials: MaterialRefusal,
  booking: BookingRefusal,
  calendar: CalendarRefusal,
  schedule: ScheduleRefusal,
  queue: QueueRefusal,
  opinion: OpinionRefusal,
  rectification: RectificationRefusal,
  staff: StaffRefusal,
  channel: ChannelRefusal,
} as const;

type Vocabularies = typeof REFUSAL_VOCABULARIES;
export type RefusalReason = { [K in keyof Vocabularies]: Vocabularies[K]['values'][number] }[keyof Vocabularies];

function register(vocabularies: Record<string, { labels: Record<string, string> }>): Record<string, string> {
  const sentences: Record<string, string> = {};
  const owner: Record<string, string> = {};
  for (const [name, { labels }] of Object.entries(vocabularies)) {
    for (const [reason, sentence] of Object.entries(labels)) {
      if (owner[reason]) throw new Error(`refusal reason ${reason} is registered by both ${owner[reason]} and ${name}`);
      owner[reason] = name;
      sentences[reason] = sentence;
    }
  }
  return sentences;
}

/** Every reason with the sentence the app shows for it. */
export const REFUSAL_SENTENCES = register(REFUSAL_VOCABULARIES) as Readonly<Record<RefusalReason, string>>;
export const REFUSAL_REASONS = Object.keys(REFUSAL_SENTENCES) as [RefusalReason, ...RefusalReason[]];
export const RefusalReasonSchema = lazy(() => z.enum(REFUSAL_REASONS));

export const isRefusalReason = (reason: unknown): reason is RefusalReason => typeof reason === 'string' && Object.hasOwn(REFUSAL_SENTENCES, reason);

/** The sentence for a reason, or undefined for one this build does not know (a newer API). */
export function refusalSentence(reason: string | undefined): string | undefined {
  return isRefusalReason(reason) ? REFUSAL_SENTENCES[reason] : undefined;
}
