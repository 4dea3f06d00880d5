import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join, normalize } from 'node:path';

/** Serves generated pages from memory and saved pages from a folder, with page scripts switched off by CSP. */
export async function startPageServer(
  generated: Map<string, string>,
  savedDir: string | null,
): Promise<{ server: Server; origin: string }> {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const headers = { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'" };
    const page = generated.get(path);
    if (page !== undefined) {
      response.writeHead(200, headers).end(page);
      return;
    }
    if (savedDir && path.startsWith('/saved/')) {
      const file = normalize(join(savedDir, path.slice('/saved/'.length)));
      if (file.startsWith(savedDir)) {
        try {
          const body = await readFile(file);
          response.writeHead(200, headers).end(body);
          return;
        } catch {
          // falls through to 404
        }
      }
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { server, origin: `http://127.0.0.1:${port}` };
}
