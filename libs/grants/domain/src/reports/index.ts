export * from './report-keys';
export * from './ministry-report';
export * from './ministry-report.table';
