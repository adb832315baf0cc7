import { GraphQLError, NoSchemaIntrospectionCustomRule, type ExecutionResult } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';

// While introspection is off, the schema is not told by other means either: introspection is a
// validation rule (so it holds on HTTP, SSE and graphql-ws alike, unlike a hook on the HTTP
// request), and "Did you mean …?" hints leave validation and variable errors.

const SUGGESTION = /\s*Did you mean [^?]*\?/g;

function withoutSuggestion(error: GraphQLError): GraphQLError {
  const message = error.message.replace(SUGGESTION, '');
  if (message === error.message) return error;
  return new GraphQLError(message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
}

function hideInResult({
  result,
  setResult,
}: {
  result: ExecutionResult | AsyncIterable<ExecutionResult>;
  setResult: (r: ExecutionResult) => void;
}) {
  if (isAsyncIterable(result) || !result.errors?.length) return;
  setResult({ ...result, errors: result.errors.map(withoutSuggestion) });
}

export function useSchemaPrivacy(): Plugin {
  return {
    onValidate: ({ addValidationRule }) => {
      addValidationRule(NoSchemaIntrospectionCustomRule);
      return ({ result, setResult }) => {
        if (result.length > 0) setResult(result.map((e) => (e instanceof GraphQLError ? withoutSuggestion(e) : e)));
      };
    },
    onExecute: () => ({ onExecuteDone: hideInResult }),
    onSubscribe: () => ({ onSubscribeResult: hideInResult }),
  };
}
