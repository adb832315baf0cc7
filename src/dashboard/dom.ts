/// <reference lib="dom" />

type Attributes = Record<string, string | number | boolean | undefined>;
type Child = Node | string | false | null | undefined;

/** Builds an element; text goes in as text nodes, never as HTML (prompts are user content). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(...children.filter((c): c is Node | string => c !== false && c !== null && c !== undefined));
  return element;
}

/** `frameRate` → "Frame rate", `EYE_POP` → "Eye pop". */
export function humanize(name: string): string {
  const words =
    name.includes('_') || name === name.toUpperCase() ? name.toLowerCase().split('_') : name.split(/(?=[A-Z])/).map((w) => w.toLowerCase());
  const text = words.filter(Boolean).join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
