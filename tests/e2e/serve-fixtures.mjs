// Serves tests/fixtures/forms on 127.0.0.1 only, for the prefill end-to-end tests. The same
// files are reachable as http://127.0.0.1:PORT (the "clinic" origin) and http://localhost:PORT
// (another origin, for the cross-origin iframe case).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';

const root = path.resolve('tests/fixtures/forms');
const port = Number(process.env.FIXTURE_PORT ?? 4173);

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  // /hold?ms=N answers after N ms (at most 30 s): an image from it keeps a page loading that long.
  if (url.pathname === '/hold') {
    const timer = setTimeout(() => res.writeHead(204).end(), Math.min(Number(url.searchParams.get('ms')) || 0, 30_000));
    res.on('close', () => clearTimeout(timer));
    return;
  }
  const file = path.join(root, path.normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, ''));
  if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  const type = file.endsWith('.html') ? 'text/html; charset=utf-8' : file.endsWith('.js') ? 'text/javascript' : 'application/octet-stream';
  const headers = { 'content-type': type };
  // The strict-CSP hostile fixture: the page itself may load and run nothing.
  if (file.endsWith('hostile-csp.html')) headers['content-security-policy'] = "default-src 'none'";
  res.writeHead(200, headers);
  createReadStream(file).pipe(res);
}).listen(port, '127.0.0.1', () => console.log(`fixtures on http://127.0.0.1:${port}`));
