import { GraphQLError, Kind } from 'graphql';
import { DateTimeResolver, SafeIntResolver } from 'graphql-scalars';
import { builder } from './builder.js';

builder.addScalarType('DateTime', DateTimeResolver);
builder.addScalarType('SafeInt', SafeIntResolver);

const MAX_URL_LENGTH = 2048;

function parseUrl(value: unknown): string {
  if (typeof value !== 'string') throw new GraphQLError('URL must be a string');
  if (value.length > MAX_URL_LENGTH) throw new GraphQLError(`URL must be at most ${MAX_URL_LENGTH} characters long`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new GraphQLError(`"${value.slice(0, 100)}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new GraphQLError('URL must use http or https');
  return url.toString();
}

builder.scalarType('URL', {
  description: 'An absolute http(s) URL, at most 2048 characters.',
  serialize: (value) => String(value),
  parseValue: parseUrl,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('URL must be a string');
    return parseUrl(ast.value);
  },
});
