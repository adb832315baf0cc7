// Preloaded (with --expose-gc) into every server the bench starts, so memory is read after a full
// collection. Only the bench loads it; the gateway's own code knows nothing of it.
process.on('message', (message) => {
  if (message !== 'gc') return;
  globalThis.gc?.();
  process.send?.('gc-done');
});
process.channel?.unref();
