/// <reference lib="dom" />
import { h, humanize } from './dom.js';
import { inputObject, type Field, type FieldIndex } from './form-fields.js';
import { unwrap, type InputTypes } from './input-types.js';
import type { GraphQLError } from './transport.js';

/** What submitting returned: nothing when the job was taken, else the errors to show. */
export type Submit = (input: Record<string, unknown>) => Promise<GraphQLError[] | undefined>;

/**
 * The new-job form, built from GenerateVideoInput as introspection describes it: one tab per
 * provider member, one control per field, enums as choices. A new provider, field or enum value
 * appears here without a change to the page.
 */
export function jobForm(types: InputTypes, submit: Submit): HTMLFormElement {
  const members = types.get('GenerateVideoInput')?.inputFields ?? [];
  const index: FieldIndex = new Map();
  const panels = new Map<string, Field>(members.map((m) => [m.name, inputObject(types, unwrap(m.type).name, [m.name], index)]));
  let member = members[0]?.name ?? '';

  const tabs = h('div', { class: 'tabs', role: 'tablist' });
  const body = h('div', { class: 'panel' });
  const status = h('p', { class: 'form-status', role: 'status' });
  const button = h('button', { type: 'submit', class: 'primary' }, 'Generate video');
  const show = (name: string) => {
    member = name;
    body.replaceChildren(panels.get(name)!.element);
    for (const tab of tabs.children) tab.setAttribute('aria-selected', String(tab.getAttribute('data-member') === name));
  };
  for (const m of members) {
    const tab = h('button', { type: 'button', role: 'tab', 'data-member': m.name, title: m.description ?? undefined }, humanize(m.name));
    tab.addEventListener('click', () => show(m.name));
    tabs.append(tab);
  }
  show(member);

  const form = h('form', { class: 'job-form', novalidate: true }, h('h2', {}, 'New video'), tabs, body, button, status);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    for (const el of form.querySelectorAll('.invalid')) el.classList.remove('invalid');
    for (const el of form.querySelectorAll('.problem')) el.remove();
    status.textContent = '';
    button.disabled = true;
    const input = { [member]: panels.get(member)!.read() ?? {} };
    void submit(input)
      .then((errors) => {
        if (!errors) {
          status.textContent = 'Queued. It appears in the list as it runs.';
          status.dataset.kind = 'ok';
          return;
        }
        status.dataset.kind = 'error';
        const general: string[] = [];
        for (const error of errors) {
          const problems = error.extensions?.fields ?? [];
          for (const problem of problems) {
            // Paths start at the mutation's argument: ["input", "pika", "options", "frameRate"].
            const at = index.get(problem.path.slice(1).join('.'));
            if (at) {
              at.classList.add('invalid');
              at.append(h('small', { class: 'problem' }, problem.message));
            } else general.push(problem.message);
          }
          if (problems.length === 0) general.push(error.message);
        }
        status.textContent = general.length > 0 ? general.join(' · ') : 'Please fix the marked fields.';
      })
      .catch((error: unknown) => {
        status.dataset.kind = 'error';
        status.textContent = `Could not reach the gateway: ${String(error)}`;
      })
      .finally(() => (button.disabled = false));
  });
  return form;
}
