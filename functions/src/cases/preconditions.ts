// The case as the state machine's preconditions read it (the bundle the API loads), and the
// materials a change relied on, so a review landing between the read and the commit cannot slip by.
import { checklistOf, type CaseAction, type CaseFacts } from '@app/shared';
import { config } from '../lib/config';
import * as keys from '../lib/keys';
import type { CaseBundle, TransactItem } from './repository';

export function factsOf(bundle: CaseBundle): CaseFacts {
  const { record } = bundle;
  return {
    rated: record.rated,
    openSubTasks: record.openSubTasks,
    materialSpecs: bundle.materialSpecs,
    materials: bundle.materials,
    supplement: record.supplement,
  };
}

/** Steps whose preconditions count the case's materials. */
const COUNTS_MATERIALS: ReadonlySet<CaseAction> = new Set<CaseAction>(['submitMaterials', 'answerSupplement', 'feedBackResult', 'archive']);

/**
 * For a step that counted the materials: each current material of the list must still have the
 * status it was read with when the change commits (a rejection meanwhile makes it a 409 conflict).
 */
export function materialChecks(bundle: CaseBundle, action: CaseAction): TransactItem[] {
  if (!COUNTS_MATERIALS.has(action)) return [];
  return checklistOf(bundle.materialSpecs, bundle.materials).flatMap(({ latest }): TransactItem[] =>
    latest
      ? [
          {
            ConditionCheck: {
              TableName: config().tableName,
              Key: keys.material(bundle.record.id, latest.id),
              ConditionExpression: '#status = :status',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':status': latest.status },
            },
          },
        ]
      : [],
  );
}
