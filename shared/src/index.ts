// The domain without I/O, shared by the Lambda functions and the mini-program.
export * from './vocabulary';
export * from './errors';
export * from './caseMachine';
export * from './deadline';
export * from './privacy';
export * from './staffing';
export * from './schemas/common';
export * from './schemas/catalogue';
export * from './schemas/network';
export * from './schemas/identity';
export * from './schemas/cases';
export * from './schemas/materials';
export * from './schemas/bookings';
export * from './schemas/notices';
export * from './agreement';
export * from './api/routes';
