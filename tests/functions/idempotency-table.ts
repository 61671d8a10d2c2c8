import type { AwsClientStub } from 'aws-sdk-client-mock';
import { ConditionalCheckFailedException, DeleteItemCommand, type DynamoDBClient, GetItemCommand, PutItemCommand, UpdateItemCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';

/**
 * A small in-memory stand-in for the Powertools idempotency table, with DynamoDB's conditional
 * put: a second put of the same id fails and returns the item there, as Powertools asks.
 */
export function fakeIdempotencyTable(ddb: AwsClientStub<DynamoDBClient>): Map<string, Record<string, AttributeValue>> {
  const items = new Map<string, Record<string, AttributeValue>>();
  ddb.on(PutItemCommand).callsFake((input) => {
    const id = input.Item.id.S as string;
    const existing = items.get(id);
    if (existing) throw new ConditionalCheckFailedException({ message: 'exists', $metadata: {}, Item: existing });
    items.set(id, input.Item);
    return {};
  });
  ddb.on(UpdateItemCommand).callsFake((input) => {
    const id = input.Key.id.S as string;
    const item: Record<string, AttributeValue> = { ...(items.get(id) ?? { id: input.Key.id! }) };
    for (const [name, attr] of Object.entries(input.ExpressionAttributeNames ?? {})) {
      const value = input.ExpressionAttributeValues?.[`:${String(name).slice(1)}`] ?? input.ExpressionAttributeValues?.[`:${attr}`];
      if (value) item[attr as string] = value;
    }
    items.set(id, item);
    return {};
  });
  ddb.on(GetItemCommand).callsFake((input) => ({ Item: items.get(input.Key.id.S as string) }));
  ddb.on(DeleteItemCommand).callsFake((input) => {
    items.delete(input.Key.id.S as string);
    return {};
  });
  return items;
}
