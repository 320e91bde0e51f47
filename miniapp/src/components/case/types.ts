// Types the case components share: an action body without its version, and the page's act callback.
import type { CaseDetail, RouteBodyInput } from '@app/shared';

type WithoutVersion<T> = T extends unknown ? Omit<T, 'version'> : never;

/** A lifecycle action as a component asks for it; the page adds the version it last read. */
export type ActionBody = WithoutVersion<RouteBodyInput<'actOnCase'>>;

/** Takes the action; resolves to the updated case, or undefined when it failed (the page told the user). */
export type ActOnCase = (body: ActionBody) => Promise<CaseDetail | undefined>;
