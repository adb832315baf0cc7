import type { Client } from 'graphql-ws';
import { gql, subscribeSse, subscribeWs, type GraphQLResponse } from './graphql.js';

export type Transport = 'http' | 'graphql-ws' | 'sse';
export const transports: Transport[] = ['http', 'graphql-ws', 'sse'];

/**
 * Runs one operation over the given transport and answers as HTTP would: `{ data, errors }`. Over
 * graphql-ws an operation refused before it runs arrives as an `error` message; it becomes `errors`.
 */
export async function operate(
  transport: Transport,
  target: { url: string; ws: Client },
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse> {
  switch (transport) {
    case 'http':
      return gql(target.url, query, variables, headers);
    case 'sse': {
      const [first] = await subscribeSse(target.url, query, variables, () => true, undefined, headers);
      return first ?? {};
    }
    case 'graphql-ws':
      try {
        // Queries and mutations complete by themselves; no need to unsubscribe.
        const [first] = await subscribeWs(target.ws, query, variables).done;
        return first ?? {};
      } catch (error) {
        if (Array.isArray(error)) return { errors: error as GraphQLResponse['errors'] };
        throw error;
      }
  }
}
