import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';

export interface IdempotencyTableProps {
  /** A customer-managed key to encrypt the table with. @default DynamoDB's AWS-owned key */
  readonly encryptionKey?: IKey;
  /** Physical table name. @default generated */
  readonly tableName?: string;
}

/**
 * Powertools idempotency records: one per object version a stage has handled, so that a
 * repeated S3 notification is skipped. Records expire by themselves (TTL on `expiration`);
 * nothing in the table is worth keeping past the stack, so it goes with it.
 */
export class IdempotencyTable extends Construct {
  readonly table: Table;

  constructor(scope: Construct, id: string, props: IdempotencyTableProps = {}) {
    super(scope, id);
    this.table = new Table(this, 'Table', {
      ...(props.tableName ? { tableName: props.tableName } : {}),
      partitionKey: { name: 'id', type: AttributeType.STRING },
      timeToLiveAttribute: 'expiration',
      billingMode: BillingMode.PAY_PER_REQUEST,
      ...(props.encryptionKey ? { encryption: TableEncryption.CUSTOMER_MANAGED, encryptionKey: props.encryptionKey } : {}),
      // Cheap at this size, and what the AWS Solutions checks ask of every table.
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      removalPolicy: RemovalPolicy.DESTROY,
    });
  }
}
