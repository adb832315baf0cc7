import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { FieldProblem } from '../../schema/errors.js';

// graphql-js reports bad variables (wrong type, unknown enum value, a missing required field,
// a broken @oneOf) and bad literal arguments with no code. We give them BAD_USER_INPUT and, for
// variables, the path of the field, like the zod rules, so clients handle all bad input alike.

const VARIABLE = /^Variable "\$([^"]+)" got invalid value .*?(?: at "([^"]+)")?; (.*)$/s;
const BAD_LITERAL =
  /^(Expected value of type|Variable ".*" of non-null type .* must not be null|Value .* does not exist in|Field ".*" of required type .* was not provided|Field ".*" is not defined by type|Enum ".*" cannot represent|Expected type|OneOf Input Object|Int cannot represent|Float cannot represent|String cannot represent|Boolean cannot represent|Variable ".*" of required type .* was not provided)/;

/** "f.status[0]" → ["f", "status", 0], as zod's paths read. */
const variablePath = (path: string) =>
  path
    .split(/\.|\[(\d+)\]/)
    .filter(Boolean)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));

/** graphql-armor words its limits as syntax errors; they are limits of a valid query. */
const ARMOR_LIMIT = /^Syntax Error: (?=.*\blimit of \d+ exceeded)/i;

function withCode(error: GraphQLError): GraphQLError {
  if (error.extensions.code) return error;
  const variable = VARIABLE.exec(error.message);
  if (variable || BAD_LITERAL.test(error.message)) {
    const fields: FieldProblem[] | undefined = variable
      ? [{ path: variablePath(variable[2] ?? variable[1]!), message: variable[3]! }]
      : undefined;
    return new GraphQLError(error.message, {
      nodes: error.nodes,
      source: error.source,
      positions: error.positions,
      path: error.path,
      originalError: error.originalError,
      extensions: { ...error.extensions, code: 'BAD_USER_INPUT', ...(fields ? { fields } : {}) },
    });
  }
  return new GraphQLError(error.message.replace(ARMOR_LIMIT, ''), {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { ...error.extensions, code: 'GRAPHQL_VALIDATION_FAILED' },
  });
}

/** A document that does not parse: a syntax error, or over the token limit. */
function parseFailure(error: GraphQLError): GraphQLError {
  if (error.extensions.code) return error;
  if (ARMOR_LIMIT.test(error.message)) return withCode(error);
  return new GraphQLError(error.message, {
    source: error.source,
    positions: error.positions,
    extensions: { ...error.extensions, code: 'GRAPHQL_PARSE_FAILED' },
  });
}

function markResult({
  result,
  setResult,
}: {
  result: ExecutionResult | AsyncIterable<ExecutionResult>;
  setResult: (r: ExecutionResult) => void;
}) {
  if (Symbol.asyncIterator in result) return;
  // Only results without data: variable coercion fails before execution starts.
  if (result.errors?.length && result.data === undefined) setResult({ ...result, errors: result.errors.map(withCode) });
}

export function useInputErrorCodes(): Plugin {
  return {
    onParse:
      () =>
      ({ result, replaceParseResult }) => {
        if (result instanceof GraphQLError) replaceParseResult(parseFailure(result));
      },
    onValidate:
      () =>
      ({ result, setResult }) => {
        if (result.length > 0) setResult(result.map((e) => (e instanceof GraphQLError ? withCode(e) : e)));
      },
    onExecute: () => ({ onExecuteDone: markResult }),
    onSubscribe: () => ({ onSubscribeResult: markResult }),
  };
}
