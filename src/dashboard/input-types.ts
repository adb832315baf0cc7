import { humanize } from './dom.js';

/** A type reference as introspection spells it: NON_NULL and LIST wrap a named type. */
export type TypeRef = { kind: 'NON_NULL' | 'LIST' | 'INPUT_OBJECT' | 'ENUM' | 'SCALAR'; name: string | null; ofType: TypeRef | null };
export type InputField = { name: string; description: string | null; type: TypeRef };
export type EnumValue = { name: string; description: string | null };
/** An input type or enum, as `npm run codegen` writes them to generated/input-types.ts. */
export type SchemaType = {
  kind: 'INPUT_OBJECT' | 'ENUM';
  name: string;
  description: string | null;
  inputFields?: InputField[];
  enumValues?: EnumValue[];
};

/** The form's input types and enums by name (generated from the schema at build time, not asked for). */
export class InputTypes {
  private readonly byName: Map<string, SchemaType>;
  private readonly labels = new Map<string, string>();

  constructor(types: SchemaType[]) {
    this.byName = new Map(types.map((t) => [t.name, t] as const));
    // Short enum descriptions stand for their values: "16:9" for RATIO_16_9.
    for (const value of types.flatMap((t) => t.enumValues ?? [])) {
      if (value.description && value.description.length <= 12) this.labels.set(value.name, value.description.replace(/\.$/, ''));
    }
  }

  /** Labels from elsewhere (the provider catalogue: a model's own name, a duration's seconds) win over descriptions. */
  addLabels(labels: Iterable<readonly [string, string]>) {
    for (const [value, label] of labels) this.labels.set(value, label);
  }

  get(name: string): SchemaType | undefined {
    return this.byName.get(name);
  }

  enumLabel(value: string): string | undefined {
    return this.labels.get(value);
  }

  /** An enum value as people read it: its label ("16:9", "kling-v1", "5 s"), else its words ("Eye pop"); other text as it is. */
  valueLabel(value: string): string {
    return this.labels.get(value) ?? (/^[A-Z][A-Z0-9_]*$/.test(value) ? humanize(value) : value);
  }
}

/** A field's named type and whether it is required (non-null). */
export function unwrap(ref: TypeRef): { name: string; kind: TypeRef['kind']; required: boolean; list: boolean } {
  const required = ref.kind === 'NON_NULL';
  let inner = required && ref.ofType ? ref.ofType : ref;
  const list = inner.kind === 'LIST';
  while (!inner.name && inner.ofType) inner = inner.ofType;
  return { name: inner.name ?? '', kind: inner.kind, required, list };
}
