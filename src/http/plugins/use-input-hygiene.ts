import { GraphQLError, type ExecutionResult, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { FieldProblem } from '../../schema/errors.js';

// Input that no field may take, whatever its type says, refused before anything runs, on every
// transport: strings Postgres cannot store (NUL, unpaired UTF-16 surrogates), lists longer than
// the limit (they cost per item: `nodes`, `filter.status`), and variables nested past any input type.

const MAX_NESTING = 32;
const UNPAIRED_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function textProblem(text: string): string | undefined {
  if (text.includes('\u0000')) return 'must not contain NUL characters (\\u0000)';
  if (UNPAIRED_SURROGATE.test(text)) return 'must not contain unpaired UTF-16 surrogates';
  return undefined;
}

/** The first problem in a variable's value, depth first, with its path. */
function valueProblem(value: unknown, path: (string | number)[], maxListItems: number): FieldProblem | undefined {
  if (typeof value === 'string') {
    const message = textProblem(value);
    return message ? { path, message } : undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  if (path.length > MAX_NESTING) return { path, message: `is nested more than ${MAX_NESTING} levels deep` };
  if (Array.isArray(value)) {
    if (value.length > maxListItems) return { path, message: `must have at most ${maxListItems} items` };
    for (let i = 0; i < value.length; i++) {
      const problem = valueProblem(value[i], [...path, i], maxListItems);
      if (problem) return problem;
    }
    return undefined;
  }
  for (const [key, item] of Object.entries(value)) {
    const problem =
      valueProblem(item, [...path, key], maxListItems) ??
      (textProblem(key) ? { path, message: 'has a key Postgres cannot store' } : undefined);
    if (problem) return problem;
  }
  return undefined;
}

function variablesRefusal(variables: unknown, maxListItems: number): ExecutionResult | undefined {
  if (!variables || typeof variables !== 'object') return undefined;
  for (const [name, value] of Object.entries(variables)) {
    const problem = valueProblem(value, [name], maxListItems);
    if (problem) {
      const where = problem.path.join('.');
      return {
        errors: [
          new GraphQLError(`Invalid input: $${where} ${problem.message}`, { extensions: { code: 'BAD_USER_INPUT', fields: [problem] } }),
        ],
      };
    }
  }
  return undefined;
}

export function useInputHygiene({ maxListItems }: { maxListItems: number }): Plugin {
  const literals: ValidationRule = (context) => ({
    StringValue(node) {
      const message = textProblem(node.value);
      if (message)
        context.reportError(
          new GraphQLError(`Invalid input: a string ${message}`, { nodes: node, extensions: { code: 'BAD_USER_INPUT' } }),
        );
    },
    ListValue(node) {
      if (node.values.length > maxListItems) {
        context.reportError(
          new GraphQLError(`Invalid input: a list must have at most ${maxListItems} items`, {
            nodes: node,
            extensions: { code: 'BAD_USER_INPUT' },
          }),
        );
      }
    },
  });
  return {
    onValidate: ({ addValidationRule }) => addValidationRule(literals),
    onExecute: ({ args, setResultAndStopExecution }) => {
      const refusal = variablesRefusal(args.variableValues, maxListItems);
      if (refusal) setResultAndStopExecution(refusal);
    },
    onSubscribe: ({ args, setResultAndStopExecution }) => {
      const refusal = variablesRefusal(args.variableValues, maxListItems);
      if (refusal) setResultAndStopExecution(refusal);
    },
  };
}
