/** One measured case beside its same-run baseline. `ratio` compares `metric` of the two. */
export type CaseResult = {
  case: string;
  /** The figure the target is about, e.g. "req/s" or "p99 ms". */
  metric: string;
  figures: Record<string, number>;
  baseline: Record<string, number>;
  ratio: number;
  /** The target as a bound on the ratio. */
  target: { atLeast?: number; atMost?: number };
  met: boolean;
};

export function compare(
  name: string,
  metric: string,
  figures: Record<string, number>,
  baseline: Record<string, number>,
  target: CaseResult['target'],
): CaseResult {
  const ratio = round(figures[metric]! / baseline[metric]!, 3);
  const met = (target.atLeast === undefined || ratio >= target.atLeast) && (target.atMost === undefined || ratio <= target.atMost);
  return { case: name, metric, figures, baseline, ratio, target, met };
}

export function round(value: number, digits = 1): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/** p-th percentile (0–100) of the values, nearest rank. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const show = (figures: Record<string, number>) =>
  Object.entries(figures)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');

export function printTable(results: CaseResult[]) {
  const rows = results.map((r) => [
    r.case,
    show(r.figures),
    show(r.baseline),
    `${r.ratio}× ${r.metric}`,
    r.target.atLeast !== undefined ? `≥ ${r.target.atLeast}×` : r.target.atMost !== undefined ? `≤ ${r.target.atMost}×` : '—',
    r.met ? 'met' : 'MISSED',
  ]);
  const header = ['case', 'gateway', 'baseline', 'ratio', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' │ ');
  console.log([line(header), widths.map((w) => '─'.repeat(w)).join('─┼─'), ...rows.map(line)].join('\n'));
}
