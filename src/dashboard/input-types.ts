import type { DashboardInputTypesQuery, TypeRefFragment } from './generated/graphql.js';

export type SchemaType = DashboardInputTypesQuery['__schema']['types'][number];
export type InputField = NonNullable<SchemaType['inputFields']>[number];

/** The schema's types by name, as introspection gave them. */
export class InputTypes {
  private readonly byName: Map<string, SchemaType>;
  private readonly labels = new Map<string, string>();

  constructor(types: SchemaType[]) {
    this.byName = new Map(types.flatMap((t) => (t.name ? [[t.name, t] as const] : [])));
    // Short enum descriptions stand for their values: "16:9" for RATIO_16_9.
    for (const value of types.flatMap((t) => t.enumValues ?? [])) {
      if (value.description && value.description.length <= 12) this.labels.set(value.name, value.description);
    }
  }

  get(name: string): SchemaType | undefined {
    return this.byName.get(name);
  }

  enumLabel(value: string): string | undefined {
    return this.labels.get(value);
  }
}

/** A field's named type and whether it is required (non-null). */
export function unwrap(ref: TypeRefFragment): { name: string; kind: TypeRefFragment['kind']; required: boolean; list: boolean } {
  const required = ref.kind === 'NON_NULL';
  let inner: Pick<TypeRefFragment, 'kind' | 'name'> & { ofType?: unknown } = required && ref.ofType ? ref.ofType : ref;
  const list = inner.kind === 'LIST';
  while (!inner.name && inner.ofType) inner = inner.ofType as typeof inner;
  return { name: inner.name ?? '', kind: inner.kind, required, list };
}
