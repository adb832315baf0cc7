import { afterEach } from 'vitest';

type Dispose = () => unknown;

/** Registers cleanups that run after each test, newest first, so no test leaks a port or a connection. */
export function useDisposables() {
  const stack: Dispose[] = [];
  afterEach(async () => {
    while (stack.length > 0) await stack.pop()!();
  });
  return <T>(value: T, dispose: (value: T) => unknown): T => {
    stack.push(() => dispose(value));
    return value;
  };
}
