import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { LocalQueue } from './queue.ts';
import { listenOnLoopback } from './listen.ts';

/**
 * The part of the SQS API the pipeline's functions call, SendMessage (split's claims handoff),
 * over SQS's JSON protocol on 127.0.0.1, into the local stack's queues: the SDK client a
 * function uses in AWS is the one that runs here. Queues are named by the last segment of
 * their URL, as in AWS (https://sqs.REGION.amazonaws.com/ACCOUNT/NAME).
 */
export interface LocalSqsServer {
  endpoint: string;
  /** The URL of `queue`, as a function is given it. */
  urlOf(queue: LocalQueue): string;
  /** SendMessage calls answered, and refused. */
  readonly sent: number;
  readonly refused: number;
  close(): Promise<void>;
}

const ACCOUNT = '000000000000';
/** SQS's limit on a message body. */
const MAX_MESSAGE_BYTES = 256 * 1024;

export async function startLocalSqsServer(queues: LocalQueue[]): Promise<LocalSqsServer> {
  const byName = new Map(queues.map((q) => [q.name, q]));
  let sent = 0;
  let refused = 0;
  const server: Server = createServer((req, res) => {
    const answer = (status: number, body: object) => {
      if (status !== 200) refused++;
      res.writeHead(status, { 'content-type': 'application/x-amz-json-1.0' });
      res.end(JSON.stringify(body));
    };
    const fault = (status: number, type: string, message: string) => answer(status, { __type: `com.amazonaws.sqs#${type}`, message });
    readBody(req)
      .then((raw) => {
        const target = String(req.headers['x-amz-target'] ?? '');
        if (req.method !== 'POST' || target !== 'AmazonSQS.SendMessage') return fault(400, 'UnsupportedOperation', `the local SQS server answers SendMessage only, not ${target || req.method}`);
        let input: { QueueUrl?: unknown; MessageBody?: unknown };
        try {
          input = JSON.parse(raw) as typeof input;
        } catch {
          return fault(400, 'InvalidParameterValue', 'the request body is not JSON');
        }
        const name = typeof input.QueueUrl === 'string' ? input.QueueUrl.split('/').pop() ?? '' : '';
        const queue = byName.get(name);
        if (!queue) return fault(400, 'QueueDoesNotExist', `no queue ${JSON.stringify(name)}`);
        if (typeof input.MessageBody !== 'string' || input.MessageBody.length === 0) return fault(400, 'MissingParameter', 'MessageBody is required');
        if (Buffer.byteLength(input.MessageBody) > MAX_MESSAGE_BYTES) return fault(400, 'InvalidParameterValue', `message body is over ${MAX_MESSAGE_BYTES} bytes`);
        const id = queue.send(input.MessageBody);
        sent++;
        // The SDK checks the digest of the body it sent against this one.
        return answer(200, { MessageId: id, MD5OfMessageBody: createHash('md5').update(input.MessageBody, 'utf8').digest('hex') });
      })
      .catch((err: Error) => fault(500, 'InternalError', err.message));
  });
  const endpoint = await listenOnLoopback(server);
  return {
    endpoint,
    urlOf: (queue) => `${endpoint}/${ACCOUNT}/${queue.name}`,
    get sent() {
      return sent;
    },
    get refused() {
      return refused;
    },
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}
