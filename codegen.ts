import type { CodegenConfig } from '@graphql-codegen/cli';

/** How schema.graphql is printed; test/schema-sdl.test.ts prints the running schema the same way. */
export const schemaAstConfig = { includeDirectives: true, sort: true };

const clientPreset = {
  preset: 'client',
  presetConfig: { fragmentMasking: false },
  // Custom scalars as they travel in JSON.
  config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string', SafeInt: 'number', URL: 'string' } },
} as const;

// `npm run codegen`: the SDL of the running schema (committed, so every schema change shows in
// review) and typed documents for the operations in test/, examples/ and the dashboard, each beside its users.
const config: CodegenConfig = {
  schema: './src/schema/index.ts',
  ignoreNoDocuments: true,
  emitLegacyCommonJSImports: false,
  generates: {
    'schema.graphql': { plugins: ['schema-ast'], config: schemaAstConfig },
    'test/support/generated/': { ...clientPreset, documents: ['test/**/*.ts', '!test/support/generated/**'] },
    // Plain strings with their types: an example or the page needs no graphql runtime to send them.
    'examples/generated/': {
      ...clientPreset,
      documents: ['examples/**/*.ts', '!examples/generated/**'],
      config: { ...clientPreset.config, documentMode: 'string' },
    },
    // The form's input types as data: the page needs no introspection (off in production).
    'src/dashboard/generated/input-types.ts': { plugins: ['./scripts/codegen-input-types.ts'], config: { root: 'GenerateVideoInput' } },
    'src/dashboard/generated/': {
      ...clientPreset,
      documents: ['src/dashboard/**/*.ts', '!src/dashboard/generated/**'],
      config: { ...clientPreset.config, documentMode: 'string' },
    },
  },
};

export default config;
