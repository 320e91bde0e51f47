// Counts and times every DynamoDB call the handlers make, through a middleware on the shared
// client's stack (the document client and its base client share one stack). Two middlewares:
//  - innermost (the 'deserialize' step at low priority, right above the HTTP handler): one entry
//    per request on the wire, retries included, timed from sending to the raw response (wire time);
//  - outermost ('initialize', added after the API's own fault handling so inside it): one entry per
//    command, timed from the command entering the SDK to its result (marshalling, signing, the wire
//    and parsing: what the same call costs in a program that does nothing else — the "bare
//    DynamoDB call"); it also asks for ReturnConsumedCapacity when capacity metering is on and
//    adds up the capacity units each command reports.
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface WireCall {
  command: string;
  startedMs: number;
  endedMs: number;
}

export interface Capacity {
  readUnits: number;
  writeUnits: number;
  /** Commands that asked for capacity but got none back (DynamoDB Local leaves some out). */
  unreported: number;
}

const READ_COMMANDS = new Set(['GetItemCommand', 'QueryCommand', 'ScanCommand', 'BatchGetItemCommand', 'TransactGetItemsCommand']);
const DATA_COMMANDS = new Set([
  ...READ_COMMANDS,
  'PutItemCommand',
  'UpdateItemCommand',
  'DeleteItemCommand',
  'BatchWriteItemCommand',
  'TransactWriteItemsCommand',
]);

interface CapacityEntry {
  CapacityUnits?: number;
  ReadCapacityUnits?: number;
  WriteCapacityUnits?: number;
}

const nowMs = (): number => Number(process.hrtime.bigint()) / 1e6;

export class DynamoMeter {
  /** Requests on the wire (retries included): the round trips. */
  calls: WireCall[] = [];
  /** Whole SDK commands: the bare DynamoDB calls. */
  commands: WireCall[] = [];
  capacity: Capacity = { readUnits: 0, writeUnits: 0, unreported: 0 };
  /** Items each Query returned, by the partition it asked for (the rollup rows of the targets). */
  queried: { partition: string; items: number }[] = [];
  meterCapacity = false;
  /** Told the partition keys of every TransactWriteItems sent (the lifecycle watches the outbox). */
  onTransactWrite: ((pks: string[]) => void) | undefined;

  install(client: DynamoDBDocumentClient): void {
    const stack = client.middlewareStack;
    stack.add(
      (next, context) => async (args) => {
        const startedMs = nowMs();
        try {
          return await next(args);
        } finally {
          this.calls.push({ command: String(context.commandName ?? 'unknown'), startedMs, endedMs: nowMs() });
        }
      },
      { step: 'deserialize', priority: 'low', name: 'benchWireMeter' },
    );
    stack.add(
      (next, context) => async (args) => {
        const startedMs = nowMs();
        const command = String(context.commandName ?? '');
        const metered = this.meterCapacity && DATA_COMMANDS.has(command);
        if (metered) (args.input as Record<string, unknown>).ReturnConsumedCapacity = 'TOTAL';
        if (command === 'TransactWriteItemsCommand' && this.onTransactWrite) this.onTransactWrite(partitionsOf(args.input));
        try {
          const result = await next(args);
          if (command === 'QueryCommand') this.queried.push({ partition: partitionAsked(args.input), items: Number((result.output as { Count?: number }).Count ?? 0) });
          if (metered) this.addCapacity(command, (result.output as { ConsumedCapacity?: CapacityEntry | CapacityEntry[] }).ConsumedCapacity);
          return result;
        } finally {
          this.commands.push({ command: command || 'unknown', startedMs, endedMs: nowMs() });
        }
      },
      { step: 'initialize', priority: 'high', name: 'benchCommandMeter' },
    );
  }

  private addCapacity(command: string, consumed: CapacityEntry | CapacityEntry[] | undefined): void {
    const entries = consumed === undefined ? [] : Array.isArray(consumed) ? consumed : [consumed];
    if (entries.length === 0) {
      this.capacity.unreported += 1;
      return;
    }
    for (const e of entries) {
      const read = e.ReadCapacityUnits ?? (READ_COMMANDS.has(command) ? e.CapacityUnits ?? 0 : 0);
      const write = e.WriteCapacityUnits ?? (READ_COMMANDS.has(command) ? 0 : e.CapacityUnits ?? 0);
      this.capacity.readUnits += read;
      this.capacity.writeUnits += write;
    }
  }

  reset(): void {
    this.calls = [];
    this.commands = [];
    this.queried = [];
  }

  resetCapacity(): void {
    this.capacity = { readUnits: 0, writeUnits: 0, unreported: 0 };
  }
}

/** The partition a Query names: the value its key condition compares the partition key with. */
function partitionAsked(input: unknown): string {
  const { KeyConditionExpression = '', ExpressionAttributeValues = {} } = input as { KeyConditionExpression?: string; ExpressionAttributeValues?: Record<string, unknown> };
  const placeholder = /=\s*(:[A-Za-z0-9_]+)/.exec(KeyConditionExpression)?.[1];
  const value = placeholder ? ExpressionAttributeValues[placeholder] : undefined;
  return typeof value === 'string' ? value : String((value as { S?: string } | undefined)?.S ?? '');
}

/** The partition keys a TransactWriteItems input writes (document or marshalled form). */
function partitionsOf(input: unknown): string[] {
  const items = (input as { TransactItems?: Record<string, { Item?: { pk?: unknown }; Key?: { pk?: unknown } }>[] }).TransactItems ?? [];
  return items.flatMap((t) =>
    Object.values(t).map((op) => {
      const pk = op.Item?.pk ?? op.Key?.pk;
      return typeof pk === 'string' ? pk : String((pk as { S?: string } | undefined)?.S ?? '');
    }),
  );
}
