// What each Lambda function may touch: the DynamoDB, S3, KMS and Secrets Manager actions its code
// calls, nothing more. deploy/resources.js turns this into one IAM role per function;
// functions/test/deploymentTemplate.test.ts bundles each handler and checks that these lists are
// exactly the calls its code makes (a missing grant fails at run time, an extra one is a needless
// privilege).
//
//   table    DynamoDB item actions on the table (TransactWriteItems is authorised per item as
//            PutItem / UpdateItem / DeleteItem / ConditionCheckItem)
//   indexes  true when the function queries a GSI: Query on `<table>/index/*`
//   stream   reads the table's stream (the notifier's event source mapping)
//   materials S3 object actions under `cases/` in the materials bucket (HeadObject is GetObject)
//   kms      actions on the personal-data key (sealing / unsealing ID numbers)
//   secrets  reads the app secret (session signing key, WeChat credentials)
//
// Every function that serves write routes also bumps its callers' rate-limit counters: UpdateItem.
'use strict';

/** @type {Record<string, { table?: string[]; indexes?: boolean; stream?: boolean; materials?: string[]; kms?: string[]; secrets?: boolean }>} */
module.exports = {
  catalogue: { table: ['GetItem', 'PutItem', 'UpdateItem', 'DeleteItem', 'Query'], indexes: true, secrets: true },
  network: { table: ['GetItem', 'PutItem', 'UpdateItem', 'DeleteItem', 'Query'], indexes: true, secrets: true },
  // BatchGetItem: reassigning a leaving agent's work reads the colleagues' open-work counters.
  staff: { table: ['GetItem', 'PutItem', 'UpdateItem', 'DeleteItem', 'Query', 'BatchGetItem'], indexes: true, secrets: true },
  // The poster reads the point and the caller; a mini-program code needs the WeChat credentials.
  posters: { table: ['GetItem'], secrets: true },
  identity: { table: ['GetItem', 'PutItem', 'UpdateItem', 'Query'], indexes: true, secrets: true },
  // ConditionCheckItem: a step whose preconditions counted the materials is conditioned on them as read.
  cases: {
    table: ['GetItem', 'PutItem', 'UpdateItem', 'Query', 'BatchGetItem', 'ConditionCheckItem'],
    indexes: true,
    kms: ['GenerateDataKey', 'Decrypt'],
    secrets: true,
  },
  // Queries the table itself (a case's materials), no index.
  materials: {
    table: ['GetItem', 'PutItem', 'UpdateItem', 'Query', 'ConditionCheckItem'],
    materials: ['PutObject', 'GetObject', 'DeleteObject'],
    secrets: true,
  },
  bookings: { table: ['GetItem', 'PutItem', 'UpdateItem', 'DeleteItem', 'Query'], indexes: true, secrets: true },
  notices: { table: ['GetItem', 'UpdateItem', 'Query'], indexes: true, secrets: true },
  opinions: { table: ['GetItem', 'PutItem', 'UpdateItem', 'Query'], indexes: true, secrets: true },
  supervision: { table: ['GetItem', 'PutItem', 'UpdateItem', 'Query'], indexes: true, secrets: true },
  // Reads the WeChat credentials to send subscribe messages.
  // Deletes an outbox item once its notice is delivered or parked.
  notifier: { table: ['GetItem', 'PutItem', 'UpdateItem', 'DeleteItem', 'Query'], indexes: true, stream: true, secrets: true },
  // Signs nothing and sends no WeChat message: the outbox carries its notices to the notifier.
  deadlines: { table: ['GetItem', 'PutItem', 'Query'], indexes: true },
  // Answers unknown routes with the API's error shape: logs only.
  fallback: {},
  // Serves the OpenAPI document; its bundle carries the shared session check, never called here.
  meta: { table: ['GetItem'], secrets: true },
  // BatchGetItem: routing an entrustment reads the candidates' open-work counters.
  channels: {
    table: ['GetItem', 'PutItem', 'UpdateItem', 'Query', 'BatchGetItem'],
    indexes: true,
    kms: ['GenerateDataKey', 'Decrypt'],
    secrets: true,
  },
  // Publishing a year moves open cases' due dates and cancels bookings on days that closed.
  calendar: { table: ['GetItem', 'PutItem', 'UpdateItem', 'DeleteItem', 'Query'], indexes: true, secrets: true },
  // Tickets, their guards and the day's counters; a ticket linked to a case writes the case's event.
  queue: { table: ['GetItem', 'PutItem', 'UpdateItem', 'DeleteItem', 'Query'], indexes: true, secrets: true },
  // The follow-ups of calendar and schedule changes: case changes and booking cancellations.
  changes: { table: ['GetItem', 'PutItem', 'UpdateItem', 'DeleteItem', 'Query'], indexes: true },
};
