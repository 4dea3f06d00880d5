import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the browser tried to send off this machine, refused by the guard. */
export interface BlockedRequest {
  url: string;
  method: string;
}

/**
 * Hosts the browsers call on their own (component updates, sign-in, autofill, remote settings) even with
 * background networking off. The extension has no reason to call any of them.
 */
const BROWSER_VENDOR_HOST =
  /(^|\.)(google\.com|googleapis\.com|gvt1\.com|gstatic\.com|mozilla\.(com|org|net)|firefox\.com)$/;

/** True for the browser's own background traffic, which the privacy test sets aside. */
export function isBrowserOwnRequest(request: BlockedRequest): boolean {
  try {
    return BROWSER_VENDOR_HOST.test(new URL(request.url).hostname);
  } catch {
    return false;
  }
}

export interface NetworkGuard {
  /** host:port to give the browser as its HTTP and HTTPS proxy. */
  host: string;
  port: number;
  /** Every off-machine request seen since launch, in order. */
  blocked: BlockedRequest[];
  close(): Promise<void>;
}

/**
 * A local proxy that answers every request with 403 and records it. Browsers bypass proxies
 * for 127.0.0.1, so test pages load while anything bound elsewhere (the browser's own or the
 * extension's) is refused and listed for the privacy test.
 */
export async function startNetworkGuard(): Promise<NetworkGuard> {
  const blocked: BlockedRequest[] = [];
  const server = createServer((request, response) => {
    blocked.push({ url: request.url ?? '', method: request.method ?? 'GET' });
    response.writeHead(403, { 'content-type': 'text/plain' }).end('blocked by the e2e network guard');
  });
  // A tunnel's socket is handed over with no error listener: a browser that resets it while closing (ECONNRESET)
  // would otherwise crash the test run after every test passed.
  server.on('connect', (request, socket) => {
    socket.on('error', () => undefined);
    blocked.push({ url: `https://${request.url ?? ''}`, method: 'CONNECT' });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  server.on('upgrade', (request, socket) => {
    socket.on('error', () => undefined);
    blocked.push({ url: request.url ?? '', method: 'UPGRADE' });
    socket.destroy();
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    host: '127.0.0.1',
    port,
    blocked,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
