import type { CodegenConfig } from '@graphql-codegen/cli';

// `npm run codegen`: the SDL of the running schema (committed, so every schema change shows in
// review) and typed documents for the operations in examples/ and test/.
const config: CodegenConfig = {
  schema: './src/schema/index.ts',
  documents: ['examples/**/*.ts', 'test/**/*.ts', '!test/support/generated/**'],
  ignoreNoDocuments: true,
  emitLegacyCommonJSImports: false,
  generates: {
    'schema.graphql': { plugins: ['schema-ast'], config: { includeDirectives: true, sort: true } },
    'test/support/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true },
    },
  },
};

export default config;
