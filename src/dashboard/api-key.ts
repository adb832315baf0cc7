/// <reference lib="dom" />
import { h } from './dom.js';

const STORAGE = 'video-gateway.api-key';

/** The API key this tab uses, kept in sessionStorage: it goes when the tab closes, or on "Forget key". */
export const apiKey = {
  get: (): string | undefined => sessionStorage.getItem(STORAGE) ?? undefined,
  set: (key: string) => sessionStorage.setItem(STORAGE, key),
  clear: () => sessionStorage.removeItem(STORAGE),
};

/** The key, shortened for display: `vgk_abcd…wxyz`. */
export const maskedKey = (key: string) => (key.length > 14 ? `${key.slice(0, 8)}…${key.slice(-4)}` : '…');

/**
 * Asks for an API key in a dialog over the page and stores it; `problem` says why (a refused key).
 * Resolves once the user has entered one.
 */
export function askForKey(problem?: string): Promise<string> {
  return new Promise((resolve) => {
    const input = h('input', {
      type: 'password',
      name: 'api-key',
      autocomplete: 'off',
      placeholder: 'vgk_…',
      required: true,
      spellcheck: 'false',
    });
    const form = h(
      'form',
      { class: 'key-form' },
      h('h2', {}, 'API key'),
      h('p', {}, 'This gateway needs an API key. It is kept in this browser tab only (session storage) and sent with every request.'),
      problem && h('p', { class: 'key-problem', role: 'alert' }, problem),
      h('label', { class: 'field' }, h('span', { class: 'label' }, 'Key'), input),
      h('button', { type: 'submit', class: 'primary' }, 'Use this key'),
    );
    const dialog = h('div', { class: 'key-dialog', role: 'dialog', 'aria-modal': 'true', 'aria-label': 'API key' }, form);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const key = input.value.trim();
      if (!key) return;
      apiKey.set(key);
      dialog.remove();
      resolve(key);
    });
    document.body.append(dialog);
    input.focus();
  });
}
