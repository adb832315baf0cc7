import SchemaBuilder from '@pothos/core';
import { isObjectType, type GraphQLResolveInfo } from 'graphql';
import RelayPlugin, { decodeGlobalID } from '@pothos/plugin-relay';
import ZodPlugin from '@pothos/plugin-zod';
import type { GraphQLContext } from './context.js';
import { badUserInput, invalidId } from './errors.js';

/** Whether a global id's type is one of ours: an id of any other type names nothing (null), not an error. */
const isNodeType = (typename: string, info: GraphQLResolveInfo) => {
  const type = info.schema.getType(typename);
  return isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node');
};

export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    SafeInt: { Input: number; Output: number };
    URL: { Input: string; Output: string };
  };
  DefaultFieldNullability: false;
}>({
  plugins: [RelayPlugin, ZodPlugin],
  defaultFieldNullability: false,
  zod: {
    validationError: (error) => badUserInput(error.issues),
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeQueryOptions: {
      resolve: (_root, { id }, _ctx, info, resolveNode) => (isNodeType(id.typename, info) ? resolveNode(id) : null),
    },
    nodesQueryOptions: {
      resolve: async (_root, args, _ctx, info, resolveNodes) => {
        const all = args.ids;
        const known = all.filter((id) => isNodeType(id.typename, info));
        // Pothos's resolveNodes loads `args.ids`, whatever it is handed, so those are narrowed first.
        args.ids = known;
        const found = await resolveNodes(known);
        return all.map((id) => (known.includes(id) ? found[known.indexOf(id)] : null));
      },
    },
    decodeGlobalID: (globalID) => {
      try {
        return decodeGlobalID(globalID);
      } catch {
        throw invalidId(globalID);
      }
    },
  },
});

builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});
