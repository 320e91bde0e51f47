// CloudFormation resources computed from serverless.yml's function list, so adding a function adds
// its role and alarms with it (serverless.yml: `resources: - ${file(./deploy/resources.js)}`):
//   - one IAM role per function, granting only what deploy/access.js lists for it, every ARN built
//     on the stack's partition (aws-cn in the China regions);
//   - per function, an alarm on Errors >= 1 and one on Throttles >= 1 within five minutes;
//   - table alarms on throttled requests and DynamoDB system errors;
//   - an alarm on outbox notices the notifier had to park (its "notice parked" log line);
//   - the SNS topic every alarm notifies, with an e-mail subscription when `alarmEmail` is set.
'use strict';

const ACCESS = require('./access');

/** Serverless's own logical-id naming (provider.naming.getNormalizedFunctionName). */
const normalized = (name) => {
  const n = name.replace(/-/g, 'Dash').replace(/_/g, 'Underscore');
  return n.charAt(0).toUpperCase() + n.slice(1);
};

const PERIOD_SECONDS = 300;
/** DynamoDB operations the code issues; ThrottledRequests and SystemErrors are reported per operation. */
const TABLE_OPERATIONS = ['GetItem', 'PutItem', 'UpdateItem', 'DeleteItem', 'Query', 'BatchGetItem', 'TransactWriteItems'];

const sub = (text) => ({ 'Fn::Sub': text });
const getAtt = (resource, attribute) => ({ 'Fn::GetAtt': [resource, attribute] });

/** The least-privilege policy statements of one function. */
function statements(fn, functionName, access, appSecretId) {
  const out = [
    {
      Sid: 'OwnLogs',
      Effect: 'Allow',
      Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
      Resource: sub(`arn:\${AWS::Partition}:logs:\${AWS::Region}:\${AWS::AccountId}:log-group:/aws/lambda/${functionName}:*`),
    },
  ];
  if (access.table?.length) {
    out.push({ Sid: 'Table', Effect: 'Allow', Action: access.table.map((a) => `dynamodb:${a}`), Resource: getAtt('Table', 'Arn') });
  }
  if (access.indexes) {
    out.push({ Sid: 'TableIndexes', Effect: 'Allow', Action: ['dynamodb:Query'], Resource: sub('${Table.Arn}/index/*') });
  }
  if (access.stream) {
    out.push({
      Sid: 'TableStream',
      Effect: 'Allow',
      Action: ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:ListStreams'],
      Resource: getAtt('Table', 'StreamArn'),
    });
  }
  if (access.materials?.length) {
    out.push({ Sid: 'Materials', Effect: 'Allow', Action: access.materials.map((a) => `s3:${a}`), Resource: sub('${MaterialsBucket.Arn}/cases/*') });
    // Lets a HEAD of a missing key answer 404 instead of 403 (storage.ts tells "not uploaded yet"
    // from an error that way). A listing may name only keys under cases/ (a HEAD carries no prefix).
    out.push({
      Sid: 'MaterialsListing',
      Effect: 'Allow',
      Action: ['s3:ListBucket'],
      Resource: getAtt('MaterialsBucket', 'Arn'),
      Condition: { StringLikeIfExists: { 's3:prefix': ['cases/*'] } },
    });
  }
  if (access.kms?.length) {
    out.push({ Sid: 'PersonalDataKey', Effect: 'Allow', Action: access.kms.map((a) => `kms:${a}`), Resource: getAtt('PersonalDataKey', 'Arn') });
  }
  if (access.secrets && appSecretId) {
    // Secrets Manager appends six random characters to a secret's ARN.
    out.push({
      Sid: 'AppSecret',
      Effect: 'Allow',
      Action: ['secretsmanager:GetSecretValue'],
      Resource: sub(`arn:\${AWS::Partition}:secretsmanager:\${AWS::Region}:\${AWS::AccountId}:secret:${appSecretId}-??????`),
    });
  }
  return out;
}

function alarm(description, metric, topic) {
  return {
    Type: 'AWS::CloudWatch::Alarm',
    Properties: {
      AlarmDescription: description,
      ...metric,
      EvaluationPeriods: 1,
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      TreatMissingData: 'notBreaching',
      AlarmActions: [{ Ref: topic }],
    },
  };
}

/** One metric-math alarm summing a DynamoDB per-operation metric over the operations we use. */
function tableAlarm(description, metricName) {
  const metrics = TABLE_OPERATIONS.map((operation, i) => ({
    Id: `m${i}`,
    ReturnData: false,
    MetricStat: {
      Metric: { Namespace: 'AWS/DynamoDB', MetricName: metricName, Dimensions: [{ Name: 'TableName', Value: { Ref: 'Table' } }, { Name: 'Operation', Value: operation }] },
      Period: PERIOD_SECONDS,
      Stat: 'Sum',
    },
  }));
  return alarm(description, { Metrics: [...metrics, { Id: 'total', Label: `${metricName} (all operations)`, Expression: 'SUM(METRICS())', ReturnData: true }] }, 'AlarmTopic');
}

module.exports = async ({ resolveVariable, resolveConfigurationProperty }) => {
  const service = await resolveVariable('self:service');
  const stage = await resolveVariable('sls:stage');
  const appSecretId = await resolveVariable('param:appSecretId');
  const alarmEmail = await resolveVariable('param:alarmEmail');
  const functions = (await resolveConfigurationProperty(['functions'])) ?? {};

  const Resources = {
    AlarmTopic: {
      Type: 'AWS::SNS::Topic',
      Properties: {
        TopicName: `daiban-${stage}-alarms`,
        DisplayName: `daiban ${stage} alarms`,
        ...(alarmEmail ? { Subscription: [{ Protocol: 'email', Endpoint: alarmEmail }] } : {}),
      },
    },
    TableThrottlesAlarm: tableAlarm(`daiban ${stage}: DynamoDB throttled requests on the table`, 'ThrottledRequests'),
    TableSystemErrorsAlarm: tableAlarm(`daiban ${stage}: DynamoDB system errors on the table`, 'SystemErrors'),
  };

  for (const fn of Object.keys(functions)) {
    const access = ACCESS[fn];
    if (!access) throw new Error(`deploy/access.js has no entry for function "${fn}": list what it may touch`);
    const id = normalized(fn);
    const functionName = functions[fn].name ?? `${service}-${stage}-${fn}`;
    Resources[`${id}LambdaRole`] = {
      Type: 'AWS::IAM::Role',
      Properties: {
        Description: `daiban ${stage} ${fn}: only what its code calls (deploy/access.js)`,
        AssumeRolePolicyDocument: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { Service: ['lambda.amazonaws.com'] }, Action: ['sts:AssumeRole'] }],
        },
        Policies: [{ PolicyName: `${fn}-least-privilege`, PolicyDocument: { Version: '2012-10-17', Statement: statements(fn, functionName, access, appSecretId) } }],
      },
    };
    for (const metricName of ['Errors', 'Throttles']) {
      Resources[`${id}${metricName}Alarm`] = alarm(
        `daiban ${stage}: ${fn} ${metricName.toLowerCase()} (>= 1 in 5 minutes)`,
        {
          Namespace: 'AWS/Lambda',
          MetricName: metricName,
          Dimensions: [{ Name: 'FunctionName', Value: { Ref: `${id}LambdaFunction` } }],
          Statistic: 'Sum',
          Period: PERIOD_SECONDS,
        },
        'AlarmTopic',
      );
    }
  }

  if (functions.notifier) {
    const namespace = `daiban-bangban/${stage}`;
    Resources.NoticesParkedMetricFilter = {
      Type: 'AWS::Logs::MetricFilter',
      DependsOn: ['NotifierLogGroup'],
      Properties: {
        LogGroupName: { Ref: 'NotifierLogGroup' },
        // functions/src/notices/notifier.ts logs `notice parked` for each item it gives up on; the
        // runtime's JSON line carries the record in "message" (functions/src/lib/log.ts).
        FilterPattern: '{ $.message.msg = "notice parked" }',
        MetricTransformations: [{ MetricNamespace: namespace, MetricName: 'NoticesParked', MetricValue: '1', DefaultValue: 0 }],
      },
    };
    Resources.NoticesParkedAlarm = alarm(
      `daiban ${stage}: the notifier parked an outbox notice after its retries`,
      { Namespace: namespace, MetricName: 'NoticesParked', Statistic: 'Sum', Period: PERIOD_SECONDS },
      'AlarmTopic',
    );
  }

  return { Resources };
};
