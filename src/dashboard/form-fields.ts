/// <reference lib="dom" />
import { h, humanize } from './dom.js';
import { unwrap, type InputField, type InputTypes } from './input-types.js';

/** One generated control: its element and how to read its value (undefined when left to the gateway's default). */
export type Field = { element: HTMLElement; read: () => unknown };
/** Each field's wrapper by its input path ("pika.options.frameRate"), to show errors beside it. */
export type FieldIndex = Map<string, HTMLElement>;
/** What one provider's catalogue (`videoProviders`) says about its top-level fields: the values it takes, and its defaults. */
export type ProviderChoices = { values: Map<string, string[]>; defaults: Map<string, string> };

const numeric: Record<string, string> = { Int: '1', SafeInt: '1', Float: 'any' };

/** A description with `code` in backticks, as text and <code> elements (never HTML). */
export function hint(text: string): HTMLElement {
  return h('small', { class: 'hint' }, ...text.split('`').map((part, i) => (i % 2 === 1 ? h('code', {}, part) : part)));
}

/**
 * A checkbox starts as the field's default (the description says "defaults to true") and is sent
 * only once the user changes it, as true or false: unchecking a default-true box sends false.
 */
function booleanControl(name: string, description: string | null): Field {
  const box = h('input', { type: 'checkbox', name, checked: /defaults to true/i.test(description ?? '') });
  let touched = false;
  box.addEventListener('change', () => (touched = true));
  return { element: box, read: () => (touched ? box.checked : undefined) };
}

function scalarControl(scalar: string, name: string, required: boolean): Field {
  if (numeric[scalar]) {
    const input = h('input', { type: 'number', name, step: numeric[scalar], required, inputmode: 'decimal' });
    return { element: input, read: () => (input.value === '' ? undefined : Number(input.value)) };
  }
  const long = /prompt/i.test(name);
  const input = long
    ? h('textarea', { name, required, rows: required ? 3 : 2 })
    : h('input', { type: scalar === 'URL' ? 'url' : 'text', name, required, placeholder: scalar === 'URL' ? 'https://…' : undefined });
  return { element: input, read: () => (input.value.trim() === '' ? undefined : input.value) };
}

/** A list of scalars (`referenceImages: [URL!]`): one value a line. */
function listControl(scalar: string, name: string, required: boolean): Field {
  const input = h('textarea', { name, required, rows: 2, placeholder: scalar === 'URL' ? 'https://… (one a line)' : 'one a line' });
  return {
    element: input,
    read: () => {
      const values = input.value
        .split('\n')
        .map((v) => v.trim())
        .filter(Boolean);
      if (values.length === 0) return undefined;
      return numeric[scalar] ? values.map(Number) : values;
    },
  };
}

function enumControl(types: InputTypes, enumName: string, name: string, required: boolean, allowed?: string[], byDefault?: string): Field {
  const values = (types.get(enumName)?.enumValues ?? []).filter((v) => !allowed || allowed.includes(v.name));
  const label = (value: string) => types.valueLabel(value);
  const select = h(
    'select',
    { name, required },
    !required && h('option', { value: '' }, byDefault ? `Default (${label(byDefault)})` : '—'),
    ...values.map((v) => h('option', { value: v.name, title: v.description ?? undefined }, label(v.name))),
  );
  return { element: select, read: () => (select.value === '' ? undefined : select.value) };
}

/** A control for one input field, by its type: text, number, checkbox, select, or a nested group. */
export function inputField(types: InputTypes, field: InputField, path: string[], index: FieldIndex, choices?: ProviderChoices): Field {
  const { name: typeName, kind, required, list } = unwrap(field.type);
  const name = [...path, field.name].join('.');
  const label = `${humanize(field.name)}${required ? ' *' : ''}`;
  if (kind === 'INPUT_OBJECT') {
    const group = list
      ? repeatedGroup(types, typeName, [...path, field.name], index, field.name)
      : inputObject(types, typeName, [...path, field.name], index);
    const element = required
      ? h('fieldset', { class: 'group' }, h('legend', {}, label), group.element)
      : h('details', { class: 'group' }, h('summary', {}, label), group.element);
    index.set(name, element);
    // An optional group is sent only while open: a required choice inside it (Kling's camera type)
    // always has a value, and would otherwise send a group the user never asked for.
    return { element, read: () => (required || (element as HTMLDetailsElement).open ? group.read() : undefined) };
  }
  // Only a provider's own top-level fields (ratio, model, its duration) are narrowed by its catalogue.
  const own = path.length === 1 ? choices : undefined;
  const control =
    kind === 'ENUM'
      ? enumControl(types, typeName, name, required, own?.values.get(field.name), own?.defaults.get(field.name))
      : list
        ? listControl(typeName, name, required)
        : typeName === 'Boolean'
          ? booleanControl(name, field.description)
          : scalarControl(typeName, name, required);
  const element = h(
    'label',
    { class: `field ${typeName === 'Boolean' ? 'check' : ''}` },
    h('span', { class: 'label' }, label),
    control.element,
    field.description && hint(field.description),
  );
  index.set(name, element);
  return { element, read: control.read };
}

/** Required before optional, single values before groups: the schema's own order is alphabetical. */
function formOrder(field: InputField): number {
  const { kind, required } = unwrap(field.type);
  return (required ? 0 : 2) + (kind === 'INPUT_OBJECT' ? 1 : 0);
}

/** Every field of an input object type; reads as the object of the filled fields, or undefined. */
export function inputObject(types: InputTypes, typeName: string, path: string[], index: FieldIndex, choices?: ProviderChoices): Field {
  const inputFields = [...(types.get(typeName)?.inputFields ?? [])].sort((a, b) => formOrder(a) - formOrder(b));
  const fields = inputFields.map((f) => ({ name: f.name, ...inputField(types, f, path, index, choices) }));
  const element = h('div', { class: 'fields' }, ...fields.map((f) => f.element));
  return {
    element,
    read: () => {
      const entries = fields.map((f) => [f.name, f.read()] as const).filter(([, v]) => v !== undefined);
      return entries.length > 0 ? Object.fromEntries(entries) : undefined;
    },
  };
}

/** "shots" → "shot": the name of one item of a list field. */
const singular = (listName: string) => humanize(listName.replace(/s$/, '')).toLowerCase();

/**
 * A list of input objects (Kling's `shots`): one numbered group per item, starting with one;
 * "Add" appends another, "Remove" drops the last (so every item keeps its path, which is where
 * the gateway's errors point: "kling.shots.1.duration"). Reads as the filled items, in order.
 */
function repeatedGroup(types: InputTypes, typeName: string, path: string[], index: FieldIndex, listName: string): Field {
  const items: Field[] = [];
  const list = h('ol', { class: 'items' });
  const one = singular(listName);
  const add = h('button', { type: 'button', class: 'small add-item' }, `Add a ${one}`);
  const remove = h('button', { type: 'button', class: 'small remove-item' }, `Remove the last ${one}`);
  const append = () => {
    const item = inputObject(types, typeName, [...path, String(items.length)], index);
    items.push(item);
    list.append(h('li', { class: 'item' }, item.element));
    remove.hidden = items.length < 2;
  };
  add.addEventListener('click', append);
  remove.addEventListener('click', () => {
    items.pop();
    list.lastElementChild?.remove();
    remove.hidden = items.length < 2;
  });
  append();
  return {
    element: h('div', { class: 'repeated' }, list, h('div', { class: 'item-actions' }, add, remove)),
    read: () => {
      const values = items.map((item) => item.read()).filter((v) => v !== undefined);
      return values.length > 0 ? values : undefined;
    },
  };
}
