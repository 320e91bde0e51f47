// The single table's physical shape: key attributes and global secondary indexes.
// serverless.yml declares the same (a test compares them); the local stack creates it from here.
export const INDEXES = ['GSI1', 'GSI2', 'GSI3', 'GSI4', 'GSI5', 'GSI6'] as const;
export type IndexName = (typeof INDEXES)[number];

export const TABLE_DEFINITION = {
  keySchema: { partition: 'pk', sort: 'sk' },
  indexes: {
    GSI1: { partition: 'gsi1pk', sort: 'gsi1sk' },
    GSI2: { partition: 'gsi2pk', sort: 'gsi2sk' },
    GSI3: { partition: 'gsi3pk', sort: 'gsi3sk' },
    GSI4: { partition: 'gsi4pk', sort: 'gsi4sk' },
    GSI5: { partition: 'gsi5pk', sort: 'gsi5sk' },
    GSI6: { partition: 'gsi6pk', sort: 'gsi6sk' },
  },
  ttlAttribute: 'expiresAt',
} as const satisfies {
  keySchema: { partition: string; sort: string };
  indexes: Record<IndexName, { partition: string; sort: string }>;
  ttlAttribute: string;
};
