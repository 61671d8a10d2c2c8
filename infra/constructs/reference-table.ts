import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';

export interface ReferenceTableProps {
  /** A customer-managed key to encrypt the table with. @default DynamoDB's AWS-owned key */
  readonly encryptionKey?: IKey;
  /** Physical table name (the name `factcheck reference load --table` takes). @default generated */
  readonly tableName?: string;
  /** @default RemovalPolicy.RETAIN: the curated facts outlive the stack */
  readonly removalPolicy?: RemovalPolicy;
  /** @default true */
  readonly deletionProtection?: boolean;
}

/**
 * The sourced facts the check stage judges claims against (docs/reference-keys.md): `pk` is a
 * lookup key (`m=<measure>|e=<entity>` or `m=<measure>|v=<event>`), `sk` the fact's id.
 * On-demand: lookups come in bursts, one round per article, and loads are rare.
 */
export class ReferenceTable extends Construct {
  readonly table: Table;

  constructor(scope: Construct, id: string, props: ReferenceTableProps = {}) {
    super(scope, id);
    const removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN;
    if (![RemovalPolicy.RETAIN, RemovalPolicy.DESTROY, RemovalPolicy.SNAPSHOT].includes(removalPolicy)) {
      throw new Error(`reference table removalPolicy must be RETAIN, SNAPSHOT or DESTROY, got ${removalPolicy}`);
    }
    this.table = new Table(this, 'Table', {
      ...(props.tableName ? { tableName: props.tableName } : {}),
      partitionKey: { name: 'pk', type: AttributeType.STRING },
      sortKey: { name: 'sk', type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      ...(props.encryptionKey ? { encryption: TableEncryption.CUSTOMER_MANAGED, encryptionKey: props.encryptionKey } : {}),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: props.deletionProtection ?? true,
      removalPolicy,
    });
  }
}
