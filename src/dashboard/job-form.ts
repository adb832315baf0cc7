/// <reference lib="dom" />
import { h, humanize } from './dom.js';
import { inputObject, type Field, type FieldIndex, type ProviderChoices } from './form-fields.js';
import type { DashboardProvidersQuery } from './generated/graphql.js';
import type { InputTypes } from './input-types.js';
import type { GraphQLError } from './transport.js';

export type ProviderInfo = DashboardProvidersQuery['videoProviders'][number];

/** The values a provider's catalogue allows for its ratio, model and duration fields, and its defaults. */
function choicesOf(p: ProviderInfo): ProviderChoices {
  const values = new Map<string, string[]>();
  const defaults = new Map<string, string>();
  if (p.ratios.length > 0) values.set('ratio', p.ratios);
  if (p.defaultRatio) defaults.set('ratio', p.defaultRatio);
  if (p.models.length > 0)
    values.set(
      'model',
      p.models.map((m) => m.value),
    );
  if (p.defaultModel) defaults.set('model', p.defaultModel);
  if (p.durationField && p.durations.length > 0)
    values.set(
      p.durationField,
      p.durations.map((d) => d.value),
    );
  return { values, defaults };
}

/** What submitting returned: nothing when the job was taken, else the errors to show. */
export type Submit = (input: Record<string, unknown>) => Promise<GraphQLError[] | undefined>;

/**
 * The new-job form: one tab per provider of the `videoProviders` catalogue, one control per field
 * of its input type (from the schema's input types, generated at build time: no introspection),
 * enums as choices narrowed to what the provider makes, with its defaults named.
 */
export function jobForm(types: InputTypes, providers: ProviderInfo[], submit: Submit): HTMLFormElement {
  const members = providers.filter((p) => types.get(p.inputType)).map((p) => ({ name: p.input, provider: p }));
  const index: FieldIndex = new Map();
  const panels = new Map<string, Field>(
    members.map((m) => [m.name, inputObject(types, m.provider.inputType, [m.name], index, choicesOf(m.provider))]),
  );
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
    const tab = h(
      'button',
      { type: 'button', role: 'tab', 'data-member': m.name, title: types.get(m.provider.inputType)?.description ?? undefined },
      humanize(m.provider.provider),
    );
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
