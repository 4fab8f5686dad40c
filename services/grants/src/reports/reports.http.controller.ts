import { Controller, Get, Inject, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { GRANTS_ROLES, ministryReport, ministryReportTable } from '@yunghap/grants-domain';
import { koreanDayOf } from '@yunghap/kernel';
import { asDateTime, Roles, SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import { attachment } from '../audit/content-disposition';
import { tableFile, XLSX_MEDIA_TYPE } from '../shared/spreadsheet';
import { ReportQuery } from './reports.request.dto';
import { MinistryReportResponse } from './reports.response.dto';

/** The ministry's reports (부처 보고): applications, grants and mentoring by center, province, call or line, as of any instant. */
@ApiTags('grants: reports')
@ApiBearerAuth()
@ApiExtraModels(MinistryReportResponse)
@Controller('api/grants/reports')
export class ReportsHttpController {
  constructor(@Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime) {}

  @Roles(...GRANTS_ROLES.readReports)
  @Get()
  @ApiOkResponse({
    description:
      'The report as of `at`: one row per group and the totals (합계), the sum of the rows. ' +
      'csv: UTF-8 with a byte-order mark, CRLF rows, Korean column heads (구분, 접수, 적격, 평가, 선정(통과), 지원 확정, 신청액, 지원액, 집행액, 환수액, 멘토링 건수, 멘토링 배정액), ' +
      'then a 합계 row; cells that a spreadsheet would run as a formula are prefixed with a quote. ' +
      'xlsx: one sheet (부처보고) of the same table, the header bold and frozen, amounts as numbers in won format',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(MinistryReportResponse) } },
      'text/csv': { schema: { type: 'string' } },
      [XLSX_MEDIA_TYPE]: { schema: { type: 'string', format: 'binary' } },
    },
    headers: {
      'Content-Disposition': {
        description: 'csv and xlsx only: attachment; filename="ministry-report_<groupBy>_<day>.<csv|xlsx>" with the Korean name (부처보고_…) in filename*',
        schema: { type: 'string' },
      },
    },
  })
  async report(@Query() query: ReportQuery): Promise<MinistryReportResponse | StreamableFile> {
    const at = query.at === undefined ? new Date().toISOString() : asDateTime(query.at);
    // The whole of this service's log: at the program's scale (hundreds of applications a year, a
    // few dozen events each) a fold over it is cheap, and any past instant is answered exactly.
    const report = ministryReport(await this.runtime.store.readAll(), query.groupBy, at);
    const format = query.format ?? 'json';
    if (format === 'json') return report;
    const { body, type } = await tableFile(ministryReportTable(report), format, '부처보고');
    const name = `${query.groupBy}_${koreanDayOf(at)}.${format}`;
    return new StreamableFile(body, { type, disposition: attachment(`부처보고_${name}`, `ministry-report_${name}`) });
  }
}
