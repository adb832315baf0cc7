import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { plugin as printSdl } from '@graphql-codegen/schema-ast';
import { lexicographicSortSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schemaAstConfig } from '../codegen.js';
import { schema } from '../src/schema/index.js';

describe('the committed schema.graphql', () => {
  it('is exactly the running schema as `npm run codegen` prints it (run it after a schema change)', async () => {
    const committed = await readFile(resolve(import.meta.dirname, '../schema.graphql'), 'utf8');
    const running = await printSdl(lexicographicSortSchema(schema), [], schemaAstConfig);
    expect(running).toBe(committed);
  });
});
