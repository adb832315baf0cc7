import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Kind, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.js';

// The README's GraphQL examples are part of the documentation: each must run against the schema.

const readme = readFileSync(resolve(import.meta.dirname, '../README.md'), 'utf8');
const operations = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].flatMap(([, block]) =>
  parse(block!).definitions.map((definition) => ({ block: block!, definition })),
);

describe('the README', () => {
  it.each(operations.map((o, i) => [i + 1, o] as const))('example %i is valid against the schema', (_i, { definition }) => {
    expect(validate(schema, { kind: Kind.DOCUMENT, definitions: [definition] }).map((e) => e.message)).toEqual([]);
  });
});
