import type { FieldMap, InputType, InputTypeParam, ObjectRef, OutputType, TypeParam } from '@pothos/core';
import type { ZodType } from 'zod';
import { builder } from './builder.js';

// A provider's fields, written once: one table per input shape, from which both its GraphQL input
// type and the output type a job's settings read back as are derived, so the two cannot drift.

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** A type GraphQL takes both on input and on output: a scalar's name or an enum (an input object is input only). */
type SharedType = InputType<Types> & OutputType<Types>;

/** Its GraphQL type: one that reads back as itself, or an input object (or list of them) with its own output type. */
type FieldTypes =
  | { type: SharedType | [SharedType]; outputType?: undefined }
  | { type: InputTypeParam<Types>; outputType: TypeParam<Types> };

/** Required on input (and so never null on output) exactly when the input shape requires it. */
type Requiredness<Input, Key extends keyof Input> = undefined extends Input[Key] ? { required?: false } : { required: true };

/** One field of an input shape, and how the settings read it back. */
export type FieldSpec<Input, Key extends keyof Input> = FieldTypes &
  Requiredness<Input, Key> & {
    /** The input field's description. */
    description?: string;
    /** What the output fills in when the input left it out; makes the output field non-null. */
    default?: NonNullable<Input[Key]>;
    /** The output field's description (outputs say only what the input's does not: when it is null). */
    outputDescription?: string;
    /** How the output reads it, when not as stored (then null unless required or defaulted). */
    resolve?: (input: Input) => unknown;
  };

/** Every field of an input shape: a key the shape lacks, or one left out, does not compile. */
export type FieldTable<Input> = { [Key in keyof Input]-?: FieldSpec<Input, Key> };

// Object.entries forgets the table's key type; the keys are the table's own.
const entriesOf = <Input>(table: FieldTable<Input>) => Object.entries(table) as [keyof Input & string, FieldSpec<Input, keyof Input>][];

/** The GraphQL input type of a table. */
export function inputTypeOf<Input extends Record<string, unknown>>(
  name: string,
  table: FieldTable<Input>,
  options: { description?: string; validate?: { schema: ZodType<Input> } } = {},
) {
  return builder.inputType(name, {
    description: options.description,
    fields: (t) =>
      Object.fromEntries(
        entriesOf(table).map(([key, spec]) => [
          key,
          t.field({ type: spec.type, required: spec.required ?? false, description: spec.description }),
        ]),
      ),
    validate: options.validate,
  });
}

/**
 * The output type of a table: each field as stored, its default filled in. `fields` adds output-only
 * fields (listed first); `Shape` is what the type resolves from, the input or more.
 */
export function outputTypeOf<Input, Shape extends Input = Input>(
  name: string,
  table: FieldTable<Input>,
  options: { description?: string; fields?: (t: PothosSchemaTypes.ObjectFieldBuilder<Types, Shape>) => FieldMap } = {},
): ObjectRef<Types, Shape> {
  return builder.objectRef<Shape>(name).implement({
    description: options.description,
    fields: (t) => ({
      ...options.fields?.(t),
      ...Object.fromEntries(
        entriesOf(table).map(([key, spec]) => [
          key,
          t.field({
            type: spec.outputType !== undefined ? spec.outputType : spec.type,
            nullable: !(spec.required || spec.default !== undefined),
            description: spec.outputDescription,
            // Pothos types a resolver's result from its field's type, which a dynamic table does not pin down.
            resolve: (settings) => (spec.resolve ? spec.resolve(settings) : (settings[key] ?? spec.default ?? null)) as never,
          }),
        ]),
      ),
    }),
  });
}
