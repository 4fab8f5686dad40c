import { roleTableFaults, rowsAllowing } from './role-table';

describe('roleTableFaults', () => {
  it('finds nothing wrong with a sound table', () => {
    expect(roleTableFaults({ OpenProgram: ['program-manager', 'system'], NoteFact: ['system'], readBudget: ['finance', 'auditor'] })).toEqual([]);
  });

  it('names each row that lets no one in, lists a role twice or is a read for the platform alone', () => {
    expect(roleTableFaults({ CloseCall: [], ApproveAward: ['finance', 'finance'], readLedger: ['system'] })).toEqual([
      'CloseCall lets no role in',
      'ApproveAward lists finance twice',
      'readLedger is readable by system only, which no token is',
    ]);
  });
});

describe('rowsAllowing', () => {
  it('names the rows that let the role in, in table order, and none for a role no row names', () => {
    const table = { DraftApplication: ['applicant'], OpenCall: ['program-manager'], readCalls: ['program-manager', 'applicant'] } as const;
    expect(rowsAllowing(table, 'applicant')).toEqual(['DraftApplication', 'readCalls']);
    expect(rowsAllowing(table, 'gateway')).toEqual([]);
  });
});
