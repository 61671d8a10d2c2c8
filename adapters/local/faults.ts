import { Agent, createServer, request as forward, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { listenOnLoopback } from './listen.ts';

/**
 * Faults for the local stack: an HTTP proxy on 127.0.0.1 in front of s3rver or dynalite that
 * fails a chosen fraction of the requests passing through it, the way the real services fail
 * (throttling, 500s, a reset connection, no answer at all, a slow answer). The handlers talk
 * to the proxy; tests keep talking to the servers directly, so only the pipeline sees faults.
 * Decisions come from a seeded generator, and every fault is counted.
 */
export type FaultKind = 'throttle' | 'server-error' | 'reset' | 'hang' | 'slow';

/** What a fault plan may look at to decide whether a request is eligible. */
export interface FaultRequest {
  method: string;
  /** S3: the object key (path-style, decoded); DynamoDB: the table name. */
  target: string;
  /** S3: "GET", "PUT"...; DynamoDB: the operation ("GetItem", "Query"...). */
  operation: string;
}

export interface FaultPlan {
  /** Fraction (0..1) of eligible requests that fail: throttle, server-error, reset or hang. */
  failRate: number;
  /** Relative weights of the failing kinds (those not named never happen); default throttle 4, server-error 3, reset 2, hang 1. */
  kinds?: Partial<Record<Exclude<FaultKind, 'slow'>, number>>;
  /** Fraction (0..1) of the requests that do not fail answered late, by `slowMs`. */
  slowRate?: number;
  slowMs?: number;
  /** Only requests this accepts are eligible; default all. */
  match?: (request: FaultRequest) => boolean;
  seed?: number;
}

export interface FaultStats {
  requests: number;
  forwarded: number;
  injected: Record<FaultKind, number>;
  /** Injected faults by operation ("GET", "PutItem"...) and kind. */
  byOperation: Record<string, Partial<Record<FaultKind, number>>>;
  /** Every request by operation, failed or not: what the handlers asked of the service. */
  operations: Record<string, number>;
  /**
   * Requests passed to the server whose client gave up before the answer came back (its own
   * timeout): the server may have done the work, and the client's retry does it again.
   */
  abandoned: FaultRequest[];
}

export interface FaultProxy {
  readonly endpoint: string;
  readonly stats: FaultStats;
  /** Replaces the plan (its seed restarts the generator); null lets everything through. */
  setPlan(plan: FaultPlan | null): void;
  close(): Promise<void>;
}

const DEFAULT_KINDS = { throttle: 4, 'server-error': 3, reset: 2, hang: 1 } as const;

/** mulberry32: small, fast, and the same sequence for the same seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function emptyStats(): FaultStats {
  return { requests: 0, forwarded: 0, injected: { throttle: 0, 'server-error': 0, reset: 0, hang: 0, slow: 0 }, byOperation: {}, operations: {}, abandoned: [] };
}

export async function startFaultProxy(options: { service: 's3' | 'dynamo'; upstream: string; plan?: FaultPlan | null }): Promise<FaultProxy> {
  const upstream = new URL(options.upstream);
  if (upstream.hostname !== '127.0.0.1') throw new Error(`the fault proxy forwards to 127.0.0.1 only, not ${upstream.hostname}`);
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const stats = emptyStats();
  let plan: FaultPlan | null = null;
  let random = seededRandom(1);
  const setPlan = (p: FaultPlan | null) => {
    plan = p;
    random = seededRandom(p?.seed ?? 1);
  };
  setPlan(options.plan ?? null);
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, fn: () => void) => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
  };

  const count = (kind: FaultKind, operation: string) => {
    stats.injected[kind]++;
    const o = (stats.byOperation[operation] ??= {});
    o[kind] = (o[kind] ?? 0) + 1;
  };

  const choose = (request: FaultRequest): FaultKind | null => {
    if (!plan || (plan.match && !plan.match(request))) return null;
    if (random() < plan.failRate) {
      const weights = Object.entries(plan.kinds ?? DEFAULT_KINDS).filter(([, w]) => w > 0) as Array<[FaultKind, number]>;
      let r = random() * weights.reduce((s, [, w]) => s + w, 0);
      for (const [kind, w] of weights) if ((r -= w) < 0) return kind;
      return weights.at(-1)?.[0] ?? null;
    }
    return plan.slowRate && random() < plan.slowRate ? 'slow' : null;
  };

  const pass = (req: IncomingMessage, res: ServerResponse, body: Buffer | null, request: FaultRequest) => {
    stats.forwarded++;
    res.once('close', () => {
      if (!res.writableFinished) stats.abandoned.push(request);
    });
    const out = forward({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers, agent }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    // The server went away under a request: the client sees a reset, as it would from AWS.
    out.on('error', () => req.socket.destroy());
    if (body) out.end(body);
    else req.pipe(out);
  };

  const fail = (kind: Exclude<FaultKind, 'slow'>, req: IncomingMessage, res: ServerResponse) => {
    switch (kind) {
      case 'reset':
        req.socket.destroy();
        return;
      case 'hang':
        // No answer: the client's own timeout has to end it (or close() does).
        return;
      case 'throttle':
      case 'server-error': {
        const [status, type, body] = errorBody(options.service, kind, random());
        res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), 'x-amzn-requestid': 'fault', 'x-amz-request-id': 'fault' });
        res.end(body);
      }
    }
  };

  const server: Server = createServer((req, res) => {
    stats.requests++;
    // DynamoDB bodies are small and say which table a request is for: read them first. S3
    // bodies are streamed through untouched.
    const decide = (body: Buffer | null) => {
      const request = describe(options.service, req, body);
      stats.operations[request.operation] = (stats.operations[request.operation] ?? 0) + 1;
      const kind = choose(request);
      if (kind === null) return pass(req, res, body, request);
      count(kind, request.operation);
      if (kind === 'slow') return later(plan?.slowMs ?? 200, () => pass(req, res, body, request));
      if (body === null && kind !== 'reset') {
        // Read the upload before answering, as S3 does, so the client is not cut off mid-send.
        req.resume();
        req.once('end', () => fail(kind, req, res));
        return;
      }
      fail(kind, req, res);
    };
    if (options.service === 's3') return decide(null);
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.once('end', () => decide(Buffer.concat(chunks)));
  });
  const endpoint = await listenOnLoopback(server);

  return {
    endpoint,
    stats,
    setPlan,
    async close() {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      const closed = new Promise<void>((r) => server.close(() => r()));
      server.closeAllConnections();
      await closed;
      agent.destroy();
    },
  };
}

function describe(service: 's3' | 'dynamo', req: IncomingMessage, body: Buffer | null): FaultRequest {
  const method = req.method ?? 'GET';
  if (service === 's3') {
    // Path-style: /bucket/key?query
    const path = (req.url ?? '/').split('?')[0]!;
    const key = path.split('/').slice(2).join('/');
    let target = key;
    try {
      target = decodeURIComponent(key);
    } catch {
      // an undecodable key is still a target
    }
    return { method, target, operation: method };
  }
  const operation = String(req.headers['x-amz-target'] ?? '').split('.').pop() || 'unknown';
  let target = '';
  try {
    target = String((JSON.parse(body?.toString('utf8') || '{}') as { TableName?: unknown }).TableName ?? '');
  } catch {
    // not JSON: leave the table unknown
  }
  return { method, target, operation };
}

/** The error each service sends for a kind: S3 speaks XML, DynamoDB JSON. */
function errorBody(service: 's3' | 'dynamo', kind: 'throttle' | 'server-error', r: number): [number, string, string] {
  if (service === 's3') {
    const [status, code, message] = kind === 'throttle' ? [503, 'SlowDown', 'Please reduce your request rate.'] : [500, 'InternalError', 'We encountered an internal error. Please try again.'];
    return [status, 'application/xml', `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><RequestId>fault</RequestId><HostId>fault</HostId></Error>`];
  }
  if (kind === 'server-error') return [500, 'application/x-amz-json-1.0', JSON.stringify({ __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError', message: 'Internal server error' })];
  // Both throttling errors DynamoDB sends: the table's and the account's.
  return r < 0.5
    ? [400, 'application/x-amz-json-1.0', JSON.stringify({ __type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException', message: 'The level of configured provisioned throughput for the table was exceeded.' })]
    : [400, 'application/x-amz-json-1.0', JSON.stringify({ __type: 'com.amazon.coral.availability#ThrottlingException', message: 'Rate of requests exceeds the allowed throughput.' })];
}
