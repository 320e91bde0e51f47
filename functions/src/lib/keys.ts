// Every key format of the single table, in one place (docs/data-model.md describes them).
// Repositories build keys only through these functions; nobody re-spells a key string.

export const keys = {
  department: (id: string) => ({ pk: `DEPT#${id}`, sk: 'DEPT' }),
  /** GSI1: all departments. */
  allDepartments: () => 'DEPTS',

  point: (id: string) => ({ pk: `POINT#${id}`, sk: 'POINT' }),
  /** GSI1: all points, sorted by level then parent. */
  allPoints: () => 'POINTS',
  pointSort: (level: string, parentId: string | undefined, id: string) => `${level}#${parentId ?? '-'}#${id}`,
  /** GSI2: the points under one street/town or park. */
  pointsUnder: (parentId: string) => `POINTS#PARENT#${parentId}`,
  /** One item per QR code: makes codes unique and finds the point with a GetItem. */
  pointCode: (code: string) => ({ pk: `POINTCODE#${code}`, sk: 'POINTCODE' }),

  agent: (id: string) => ({ pk: `AGENT#${id}`, sk: 'AGENT' }),
  /** GSI1: agents of a department; GSI2: agents of a service point; GSI3: all agents. */
  agentsOfDepartment: (departmentId: string) => `AGENTS#DEPT#${departmentId}`,
  agentsOfPoint: (pointId: string) => `AGENTS#POINT#${pointId}`,
  allAgents: () => 'AGENTS',

  serviceItem: (id: string) => ({ pk: `ITEM#${id}`, sk: 'ITEM' }),
  /** GSI1 by scope, GSI2 by department, GSI3 all (sorted by level, then code). */
  itemsOfScope: (scope: string) => `ITEMS#SCOPE#${scope}`,
  itemsOfDepartment: (departmentId: string) => `ITEMS#DEPT#${departmentId}`,
  allItems: () => 'ITEMS',

  user: (id: string) => ({ pk: `USER#${id}`, sk: 'USER' }),
  /** GSI1: the demo users of the local stack (the login picker). */
  demoUsers: () => 'DEMOUSERS',
  /** One item per WeChat openid: makes the openid unique and finds its user with a GetItem. */
  openid: (openid: string) => ({ pk: `OPENID#${openid}`, sk: 'OPENID' }),

  seedMarker: () => ({ pk: 'META', sk: 'SEED' }),
} as const;
