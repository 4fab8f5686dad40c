import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageResponse } from '@yunghap/platform-nest';
import {
  Agreement,
  ConsortiumMember,
  GrantStatus,
  LineExceptionState,
  Recipient,
  RecoveryState,
  RecoveryStatus,
  TrancheState,
  TrancheStatus,
  trancheYearOf,
  YearPart,
  YearPartState,
  YearPartStatus,
} from '@yunghap/grants-domain';
import { GrantView, yearPartsOfView } from './grant-view.projection';

const GRANT_STATUSES: readonly GrantStatus[] = ['proposed', 'rejected', 'awarded', 'cancelled'];
const TRANCHE_STATUSES: readonly TrancheStatus[] = ['scheduled', 'proposed', 'disbursed', 'void'];
const RECOVERY_STATUSES: readonly RecoveryStatus[] = ['proposed', 'recovered', 'withdrawn', 'rejected'];
const YEAR_PART_STATUSES: readonly YearPartStatus[] = ['planned', 'committed', 'released', 'ended'];

export class TrancheResponse {
  @ApiProperty({ example: 't1' }) readonly trancheId!: string;
  @ApiProperty({ example: '2026-07-01', description: 'Due day (YYYY-MM-DD)' }) readonly dueOn!: string;
  @ApiProperty({ type: 'integer', example: 150_000_000, description: 'Whole won' }) readonly amount!: number;
  @ApiProperty({
    type: 'integer',
    example: 2026,
    description: 'The fiscal year it is paid from: its due day’s (the award’s year for grants recorded before year parts)',
  })
  readonly year!: number;
  @ApiProperty({ enum: TRANCHE_STATUSES, enumName: 'TrancheStatus', description: 'void: never to be paid, the grant was cancelled' })
  readonly status!: TrancheStatus;
  @ApiPropertyOptional({ example: 'fin-han', description: 'Who proposed the payment; present once it is proposed or disbursed' }) readonly proposedBy?: string;
}

export class RecoveryResponse {
  @ApiProperty({ format: 'uuid' }) readonly recoveryId!: string;
  @ApiProperty({ type: 'integer', example: 30_000_000, description: 'Whole won' }) readonly amount!: number;
  @ApiProperty({ example: '목적 외 사용 장비비 환수' }) readonly reason!: string;
  @ApiProperty({
    enum: RECOVERY_STATUSES,
    enumName: 'RecoveryStatus',
    description: 'proposed: awaiting finance; recovered: approved, the money is back on the line; withdrawn by its proposer; rejected by finance',
  })
  readonly status!: RecoveryStatus;
  @ApiProperty({ type: String, nullable: true, example: 'fin-han', description: 'Null for a recovery recorded before recoveries followed four-eyes' })
  readonly proposedBy!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'fin-lee', description: 'Who approved, withdrew or rejected it; null while proposed' })
  readonly decidedBy!: string | null;
  @ApiPropertyOptional({ example: '적격 비용으로 확인됨', description: 'Present when rejected' }) readonly rejectionReason?: string;
  @ApiProperty({ type: 'integer', example: 2026, description: 'The fiscal year whose payments it recovers; the money goes back to that year’s line' })
  readonly year!: number;
}

export class YearPartResponse {
  @ApiProperty({ type: 'integer', example: 2027, description: 'The fiscal year (Korea’s calendar year)' }) readonly year!: number;
  @ApiProperty({ type: 'integer', example: 150_000_000, description: 'The tranches due that year, whole won' }) readonly amount!: number;
  @ApiProperty({
    enum: YEAR_PART_STATUSES,
    enumName: 'YearPartStatus',
    description:
      'planned: awaiting approval, then that year’s program (committed when it opens, or by finance); committed on that year’s line; released: the grant was cancelled, what was not paid went back; ended: rejected, or cancelled before it was committed',
  })
  readonly status!: YearPartStatus;
  @ApiProperty({ type: 'integer', example: 100_000_000, description: 'Paid from that year’s line so far, whole won' }) readonly disbursed!: number;
  @ApiProperty({ type: 'integer', nullable: true, example: null, description: 'What went back to that year’s line at cancellation; null unless released' })
  readonly released!: number | null;
}

export class ConsortiumMemberResponse {
  @ApiProperty({ example: '3148123478', description: 'Business registration number (사업자등록번호), ten digits' }) readonly registrationNumber!: string;
  @ApiProperty({ type: String, nullable: true, example: '한빛정밀', description: 'Null when the submission reached grants before firms’ names did' })
  readonly name!: string | null;
  @ApiProperty({ description: 'The lead firm (주관기관)' }) readonly lead!: boolean;
}

export class RecipientResponse {
  @ApiProperty({ example: '3148123478' }) readonly leadRegistrationNumber!: string;
  @ApiProperty({ type: String, nullable: true, example: '한빛정밀' }) readonly leadName!: string | null;
  @ApiProperty({ type: [ConsortiumMemberResponse], description: 'Every member, the lead firm first' }) readonly members!: readonly ConsortiumMemberResponse[];
}

export class AgreementResponse {
  @ApiProperty({ example: 'RS-2026-00042' }) readonly agreementNumber!: string;
  @ApiProperty({ example: '2026-07-01', description: 'First day of the term (YYYY-MM-DD)' }) readonly startsOn!: string;
  @ApiProperty({ example: '2027-12-31', description: 'Last day of the term (YYYY-MM-DD)' }) readonly endsOn!: string;
  @ApiProperty({ example: '2026-06-28', description: 'Day signed (YYYY-MM-DD)' }) readonly signedOn!: string;
  @ApiProperty({ example: 'pm-park', description: 'The program manager who recorded it' }) readonly recordedBy!: string;
}

export class LineExceptionResponse {
  @ApiProperty({ example: 'it-convergence', description: 'The line the call was opened on, which the award is not charged to' }) readonly callLineId!: string;
  @ApiProperty({ example: 'IT융합 라인 소진, 추경 전까지 첨단기술 라인에서 집행' }) readonly reason!: string;
  @ApiProperty({ type: String, nullable: true, example: 'pm-kim', description: 'The second program manager; null while awaiting approval' })
  readonly approvedBy!: string | null;
}

export class GrantResponse {
  @ApiProperty({ format: 'uuid' }) readonly grantId!: string;
  @ApiProperty({ enum: GRANT_STATUSES, enumName: 'GrantStatus' }) readonly status!: GrantStatus;
  @ApiProperty({ type: 'integer', example: 2026, description: 'The program year' }) readonly year!: number;
  @ApiProperty() readonly applicationId!: string;
  @ApiProperty({ example: 'call-2026-it' }) readonly callId!: string;
  @ApiProperty({ example: 'it-convergence', description: 'The line charged: the call’s, unless `lineException` says otherwise' }) readonly lineId!: string;
  @ApiProperty({ type: LineExceptionResponse, nullable: true, description: 'Null when the award is charged to its call’s line' })
  readonly lineException!: LineExceptionResponse | null;
  @ApiProperty({ type: 'integer', example: 400_000_000, description: 'The award, whole won' }) readonly amount!: number;
  @ApiProperty({
    type: RecipientResponse,
    nullable: true,
    description: 'The consortium awarded; null for a grant proposed before awards named their recipient',
  })
  readonly recipient!: RecipientResponse | null;
  @ApiProperty({ type: AgreementResponse, nullable: true, description: 'The agreement (협약) signed; null until recorded. Tranches are paid only after it' })
  readonly agreement!: AgreementResponse | null;
  @ApiProperty({ example: 'pm-park' }) readonly proposedBy!: string;
  @ApiProperty({ type: String, nullable: true, example: 'fin-han', description: 'Null until finance approves' }) readonly approvedBy!: string | null;
  @ApiProperty({ type: [TrancheResponse] }) readonly tranches!: readonly TrancheResponse[];
  @ApiProperty({
    type: [YearPartResponse],
    description: 'The award by fiscal year: the award year’s part is committed at approval, each later part when its year’s program opens',
  })
  readonly yearParts!: readonly YearPartResponse[];
  @ApiProperty({ type: 'integer', example: 150_000_000, description: 'Paid out so far, whole won' }) readonly disbursed!: number;
  @ApiProperty({ type: 'integer', example: 0, description: 'Clawed back so far (approved recoveries), whole won' }) readonly recovered!: number;
  @ApiProperty({ type: [RecoveryResponse], description: 'Every recovery proposed, in the order proposed' }) readonly recoveries!: readonly RecoveryResponse[];
  @ApiProperty({ format: 'date-time', description: 'When the last decision on the grant was recorded' }) readonly updatedAt!: string;
}

function trancheResponse(grant: { readonly year: number; readonly yearParts: readonly YearPart[] }) {
  return ({ trancheId, dueOn, amount, status, proposedBy }: TrancheState): TrancheResponse => ({
    trancheId,
    dueOn,
    amount,
    year: trancheYearOf(grant, { dueOn }),
    status,
    // A void tranche forgets its proposer; stored in MongoDB the forgotten value may come back as null.
    ...(typeof proposedBy === 'string' ? { proposedBy } : {}),
  });
}

function yearPartResponse(tranches: readonly TrancheResponse[]) {
  return ({ year, amount, status, released }: YearPartState): YearPartResponse => ({
    year,
    amount,
    status,
    disbursed: tranches.filter((tranche) => tranche.year === year && tranche.status === 'disbursed').reduce((sum, tranche) => sum + tranche.amount, 0),
    released: released ?? null,
  });
}

function recipientResponse(recipient: Recipient | null | undefined): RecipientResponse | null {
  if (!recipient) return null;
  const member = ({ registrationNumber, name, lead }: ConsortiumMember): ConsortiumMemberResponse => ({ registrationNumber, name, lead });
  return { leadRegistrationNumber: recipient.leadRegistrationNumber, leadName: recipient.leadName, members: recipient.members.map(member) };
}

function agreementResponse(agreement: (Agreement & { readonly recordedBy: string }) | null | undefined): AgreementResponse | null {
  if (!agreement) return null;
  const { agreementNumber, startsOn, endsOn, signedOn, recordedBy } = agreement;
  return { agreementNumber, startsOn, endsOn, signedOn, recordedBy };
}

function lineExceptionResponse(exception: LineExceptionState | null | undefined): LineExceptionResponse | null {
  if (!exception) return null;
  const { callLineId, reason, approvedBy } = exception;
  return { callLineId, reason, approvedBy: approvedBy ?? null };
}

// Optional fields stored in MongoDB may come back as null.
function recoveryResponse(awardYear: number) {
  return ({ recoveryId, amount, reason, status, proposedBy, decidedBy, rejectionReason, year }: RecoveryState): RecoveryResponse => ({
    recoveryId,
    amount,
    reason,
    status,
    proposedBy: proposedBy ?? null,
    decidedBy: decidedBy ?? null,
    ...(typeof rejectionReason === 'string' ? { rejectionReason } : {}),
    // Recoveries stored before they named a year recovered the award's year.
    year: year ?? awardYear,
  });
}

/** The grant as the API shows it: named by `grantId`, without the read model's bookkeeping. */
export class GrantPageResponse extends PageResponse(GrantResponse, 'Most recently decided first') {}

export function grantResponse(view: GrantView): GrantResponse {
  const { grantId, status, year, applicationId, callId, lineId, amount, proposedBy, approvedBy, disbursed, recovered, updatedAt } = view;
  const yearParts = yearPartsOfView(view);
  const tranches = view.tranches.map(trancheResponse({ year, yearParts }));
  return {
    grantId,
    status,
    year,
    applicationId,
    callId,
    lineId,
    lineException: lineExceptionResponse(view.lineException),
    amount,
    recipient: recipientResponse(view.recipient),
    agreement: agreementResponse(view.agreement),
    proposedBy,
    approvedBy,
    tranches,
    yearParts: yearParts.map(yearPartResponse(tranches)),
    disbursed,
    recovered,
    // Grants recorded before recoveries were kept one by one have no list in their stored view.
    recoveries: (view.recoveries ?? []).map(recoveryResponse(year)),
    updatedAt,
  };
}
