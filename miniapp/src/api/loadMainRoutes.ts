// The main package's route table and the API's error schema, for the client. A weapp cannot load
// code later, so there they are simply part of the main package; the H5 build fetches them after the
// first paint instead (./loadMainRoutes.h5.ts, picked by Taro for `--type h5`; decisions §89).
import * as mainRoutes from './mainRoutes';

export function loadMainRoutes(): Promise<typeof mainRoutes> {
  return Promise.resolve(mainRoutes);
}
