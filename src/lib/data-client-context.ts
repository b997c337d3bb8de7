// The data client reaches components through context so tests can inject a stub.
import { createContext, useContext } from 'react';
import { dataClient, type DataClient } from './data-client.ts';

/** Provided by the root route; defaults to the fetch-backed client. */
export const DataClientContext = createContext<DataClient>(dataClient);

/** The data client of the nearest provider. */
export function useDataClient(): DataClient {
  return useContext(DataClientContext);
}
