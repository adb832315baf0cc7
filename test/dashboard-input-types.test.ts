import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plugin } from '../scripts/codegen-input-types.js';
import { schema } from '../src/schema/index.js';

// The dashboard builds its form from input types written at build time (introspection is off in
// production), so the committed file must be what `npm run codegen` makes from the running schema.

describe("the dashboard's generated input types", () => {
  it('match the running schema (run `npm run codegen` after changing an input)', () => {
    const committed = readFileSync(resolve(import.meta.dirname, '../src/dashboard/generated/input-types.ts'), 'utf8');
    expect(committed).toBe(plugin(schema, [], { root: 'GenerateVideoInput' }));
  });
});
