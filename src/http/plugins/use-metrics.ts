import { getOperationAST, Kind, type DocumentNode } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { Metrics } from '../../observability/metrics.js';
import { withEnd } from './with-end.js';

type Labels = { type: string; fields: string };
/** Yoga caches parsed documents, so each distinct operation is looked at once. */
const labelsByDocument = new WeakMap<DocumentNode, Map<string, Labels>>();

/** The root fields an operation selects, e.g. `generateVideo` or `videoJob,videoJobs`: bounded by the schema, unlike operation names. */
function rootFields(document: DocumentNode, operationName?: string | null): Labels {
  const byName = labelsByDocument.get(document) ?? new Map<string, Labels>();
  labelsByDocument.set(document, byName);
  const cached = byName.get(operationName ?? '');
  if (cached) return cached;
  const operation = getOperationAST(document, operationName);
  const names = (operation?.selectionSet.selections ?? []).flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
  const labels = { type: operation?.operation ?? 'unknown', fields: [...new Set(names)].sort().join(',') };
  byName.set(operationName ?? '', labels);
  return labels;
}

/** Times queries and mutations, and counts open subscriptions, on every transport yoga serves. */
export function useMetrics(metrics: Metrics['graphql']): Plugin {
  return {
    onExecute: ({ args }) => {
      const stop = metrics.duration.startTimer({ ...rootFields(args.document, args.operationName) });
      return {
        onExecuteDone: ({ result }) => {
          // Incremental delivery is off; results are single.
          const failed = !isAsyncIterable(result) && (result.errors?.length ?? 0) > 0;
          stop({ outcome: failed ? 'error' : 'ok' });
        },
      };
    },
    onSubscribe: ({ args }) => ({
      onSubscribeResult: ({ result, setResult }) => {
        if (!isAsyncIterable(result)) return;
        const labels = { field: rootFields(args.document, args.operationName).fields };
        metrics.subscriptionsOpen.inc(labels);
        setResult(withEnd(result, () => metrics.subscriptionsOpen.dec(labels)));
      },
    }),
  };
}
