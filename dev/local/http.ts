import type { IncomingMessage, ServerResponse } from 'node:http';

/** A request body as text, or how many bytes it had when that is over the limit it was read with. */
export type RequestBody = { kind: 'text'; text: string } | { kind: 'too-large'; bytes: number };

/**
 * Reads a request body as text, keeping at most `maxBytes`. A longer body is read to its end and
 * dropped, so the caller can still answer it: closing the connection mid-upload reaches the client as
 * a reset (ECONNRESET), not as an answer it can show.
 */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<RequestBody> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > maxBytes ? { kind: 'too-large', bytes: size } : { kind: 'text', text: Buffer.concat(chunks).toString('utf8') }));
    req.on('error', reject);
  });
}

export function send(res: ServerResponse, status: number, contentType: string, body: string | Buffer, headers: Record<string, string | string[]> = {}): void {
  res.writeHead(status, { 'Content-Type': contentType, 'Cache-Control': 'no-store', ...headers });
  res.end(body);
}

export function sendHtml(res: ServerResponse, status: number, body: string): void {
  send(res, status, 'text/html; charset=utf-8', body);
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
}

export function redirect(res: ServerResponse, location: string, cookies: string[] = []): void {
  res.writeHead(302, { Location: location, 'Cache-Control': 'no-store', ...(cookies.length > 0 ? { 'Set-Cookie': cookies } : {}) });
  res.end();
}
