import { gzipSync } from 'node:zlib';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { GraphiQLOptions } from 'graphql-yoga';
import type { Route } from './routes.js';

/**
 * GraphiQL served whole from the gateway: yoga's own build of it (`@graphql-yoga/render-graphiql`,
 * editor, workers and styles in one package), no asset from another host, so it works where the
 * browser reaches nothing but the gateway. Its page is split into a script and a stylesheet
 * served here, as the content security policy runs no inline script.
 */

const SCRIPT = '/graphiql/app.js';
const STYLES = '/graphiql/styles.css';

/** What GraphiQL is opened with; subscriptions go over SSE, so the headers tab's Authorization reaches them too. */
export const graphiqlOptions = {
  title: 'Video gateway · GraphiQL',
  subscriptionsProtocol: 'SSE',
  defaultQuery: `# Send your key in the Headers tab below: {"Authorization": "Bearer vgk_…"}
{
  videoJobs(first: 5) {
    edges { node { id provider status progress prompt videoUrl } }
  }
}
`,
} satisfies GraphiQLOptions;

type Asset = { body: Buffer; gzipped: Buffer; type: string };
type Assets = { page: string; script: Asset; styles: Asset };

/** The text between the first `open` and the first (or, for the script, which may hold the closing tag in strings, the last) `close`. */
function between(html: string, open: string, close: string, last = false): string {
  const start = html.indexOf(open);
  const end = last ? html.lastIndexOf(close) : html.indexOf(close, start);
  if (start < 0 || end < start) throw new Error(`GraphiQL's page has no ${open}…${close}`);
  return html.slice(start + open.length, end);
}

const asset = (text: string, type: string): Asset => {
  const body = Buffer.from(text);
  return { body, gzipped: gzipSync(body), type };
};

function build(): Assets {
  const html = renderGraphiQL({ ...graphiqlOptions, endpoint: '/graphql' });
  const icon = /<link rel="icon" href="([^"]*)"/.exec(html)?.[1] ?? '';
  const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${graphiqlOptions.title}</title>
    <link rel="icon" href="${icon}" />
    <link rel="stylesheet" href="${STYLES}" />
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>GraphiQL needs JavaScript.</noscript>
    <div id="root"></div>
    <script src="${SCRIPT}"></script>
  </body>
</html>
`;
  return {
    page,
    script: asset(between(html, '<script>', '</script>', true), 'text/javascript; charset=utf-8'),
    styles: asset(between(html, '<style>', '</style>'), 'text/css; charset=utf-8'),
  };
}

let built: Assets | undefined;
/** Made on first use (9 MB of script, compressed once). */
const assets = () => (built ??= build());

/** The page yoga answers `GET /graphql` (Accept: text/html) with. */
export const graphiqlPage = (): string => assets().page;

function send(req: IncomingMessage, res: ServerResponse, { body, gzipped, type }: Asset) {
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const bytes = gzip ? gzipped : body;
  res.writeHead(200, {
    'content-type': type,
    'content-length': bytes.byteLength,
    'cache-control': 'public, max-age=3600',
    vary: 'Accept-Encoding',
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
  res.end(bytes);
}

/** GraphiQL's script and styles; none when GraphiQL is off. */
export function graphiqlRoutes(enabled: boolean): Route[] {
  if (!enabled) return [];
  return [
    { method: 'GET', path: SCRIPT, handler: (req, res) => send(req, res, assets().script) },
    { method: 'GET', path: STYLES, handler: (req, res) => send(req, res, assets().styles) },
  ];
}
