import { ApiProperty } from '@nestjs/swagger';

export class LogKeysResponse {
  @ApiProperty({ example: 'yunghap.dev/grants', description: "The log's origin: the first line of its checkpoints and its key's name" })
  readonly origin!: string;
  @ApiProperty({
    type: [String],
    example: ['yunghap.dev/grants+1a2b3c4d+AQ…'],
    description: 'Verifier keys (golang.org/x/mod/sumdb/note / C2SP signed-note): the current key first, then retired ones',
  })
  readonly verifierKeys!: string[];
}

export class AuditKeysResponse {
  @ApiProperty({ type: [LogKeysResponse], description: "Every service's log in this deployment" }) readonly logs!: LogKeysResponse[];
}

export class CheckpointResponse {
  @ApiProperty({ type: 'integer', minimum: 0 }) readonly treeSize!: number;
  @ApiProperty({ description: 'Base64 SHA-256 root hash (RFC 6962)' }) readonly rootHash!: string;
  @ApiProperty({ description: 'The checkpoint as a signed note (C2SP tlog-checkpoint)' }) readonly note!: string;
  @ApiProperty({ example: '2026-12-04T10:00:00.000Z' }) readonly signedAt!: string;
}

export class KeeperStateResponse {
  @ApiProperty({ enum: ['starting', 'keeping', 'refusing', 'stopped'] }) readonly kind!: string;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Events in the Merkle tree' }) readonly treeSize!: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Events covered by the last signed checkpoint' }) readonly checkpointSize!: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why the keeper refuses to sign (the database disagrees with the witnesses)' }) readonly reason!:
    string | null;
}

export class ChainCheckResponse {
  @ApiProperty() readonly ok!: boolean;
  @ApiProperty({ type: 'integer', minimum: 0 }) readonly streamsChecked!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) readonly eventsChecked!: number;
  @ApiProperty({ type: String, nullable: true, description: "The first event whose stream's hash chain breaks, as `stream v<version> @<position>: <reason>`" })
  readonly firstBreak!: string | null;
}

export class WitnessedResponse {
  @ApiProperty({ type: 'integer', minimum: 0 }) readonly treeSize!: number;
  @ApiProperty({ description: 'Base64 root hash of the last witnessed checkpoint' }) readonly rootHash!: string;
  @ApiProperty({ type: 'integer', minimum: 1, description: 'Checkpoints the witnesses hold' }) readonly checkpoints!: number;
}

export class LogCheckResponse {
  @ApiProperty() readonly ok!: boolean;
  @ApiProperty() readonly origin!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) readonly logSize!: number;
  @ApiProperty({ type: WitnessedResponse, nullable: true, description: 'Null until a first checkpoint was witnessed' })
  readonly witnessed!: WitnessedResponse | null;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Events after the last witnessed checkpoint (only their hash chains vouch for them yet)' })
  readonly uncovered!: number;
  @ApiProperty({ type: 'integer', nullable: true, description: 'The first position that is not as the witnesses saw it' }) readonly firstAffectedPosition!:
    number | null;
  @ApiProperty({ type: String, nullable: true, description: 'What is wrong, in Korean then English' }) readonly problem!: string | null;
}

export class AuditVerificationResponse {
  @ApiProperty({ description: 'Both checks hold' }) readonly ok!: boolean;
  @ApiProperty({ example: '2026-12-04T10:00:00.000Z' }) readonly checkedAt!: string;
  @ApiProperty({ type: ChainCheckResponse, description: "Each stream's hash chain, inside the database" }) readonly chain!: ChainCheckResponse;
  @ApiProperty({ type: LogCheckResponse, description: 'The whole log against the checkpoints its witnesses hold, outside the database' })
  readonly log!: LogCheckResponse;
}

export class AuditLogStatusResponse {
  @ApiProperty({ type: LogKeysResponse }) readonly keys!: LogKeysResponse;
  @ApiProperty({ type: KeeperStateResponse }) readonly keeper!: KeeperStateResponse;
  @ApiProperty({ type: CheckpointResponse, nullable: true, description: 'The newest checkpoint this service signed' })
  readonly latestCheckpoint!: CheckpointResponse | null;
  @ApiProperty({ type: AuditVerificationResponse, nullable: true, description: 'The last periodic verification (null before the first)' })
  readonly lastVerification!: AuditVerificationResponse | null;
}

export class EvidenceEventResponse {
  @ApiProperty({ type: 'integer', minimum: 0, description: "The leaf's index in the log's tree: the event's position − 1" }) readonly index!: number;
  @ApiProperty({ description: 'The leaf data exactly as hashed: the stored event as canonical JSON' }) readonly record!: string;
  @ApiProperty({ type: [String], description: 'RFC 9162 inclusion proof in the checkpoint, base64 hashes from the leaf up' })
  readonly inclusionProof!: readonly string[];
}

/** One log's part of an evidence packet (docs/audit.md §3). */
export class EvidenceLogResponse {
  @ApiProperty({ example: 'yunghap.dev/applications' }) readonly origin!: string;
  @ApiProperty({ type: [String], description: "The log's verifier keys" }) readonly verifierKeys!: readonly string[];
  @ApiProperty({ description: 'A signed checkpoint covering every event below' }) readonly checkpoint!: string;
  @ApiProperty({ type: [EvidenceEventResponse] }) readonly events!: readonly EvidenceEventResponse[];
}
