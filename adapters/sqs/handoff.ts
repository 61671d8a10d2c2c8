import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { ClaimsHandoff } from '../../shared/pipeline/handoff.ts';

/** The claims handoff over SQS: one SendMessage to the check stage's queue per small document. */
export class SqsClaimsHandoff implements ClaimsHandoff {
  constructor(
    private readonly client: SQSClient,
    private readonly queueUrl: string,
    readonly maxBytes: number,
  ) {}

  async send(body: string): Promise<void> {
    await this.client.send(new SendMessageCommand({ QueueUrl: this.queueUrl, MessageBody: body }));
  }
}
