import { won, Won } from '@yunghap/kernel';

/** The yearly program of DOMAIN.md (₩40B); the service opens each year with it unless told otherwise. */
export const PROGRAM_TOTAL_WON: Won = won(40_000_000_000);

/** Convergence R&D grants are at most ₩500M per project (DOMAIN.md): a year's program is opened with this cap unless told otherwise. */
export const PROJECT_CAP_WON: Won = won(500_000_000);

/** A mentoring allocation is exactly ₩10M (DOMAIN.md). */
export const MENTORING_ALLOCATION_WON: Won = won(10_000_000);

/** The line mentoring allocations are drawn from. */
export const MENTORING_LINE_ID = 'technology-cooperation-mentoring';

export interface BudgetLineSeed {
  readonly lineId: string;
  readonly nameKo: string;
  readonly nameEn: string;
  readonly amount: Won;
}

/**
 * The named lines of the source material (₩25.5B); the remaining ₩14.5B of the program is
 * unallocated reserve until a program manager defines another line.
 */
export const SEED_BUDGET_LINES: readonly BudgetLineSeed[] = [
  { lineId: 'advanced-technology-innovation', nameKo: '기술혁신 첨단기술', nameEn: 'Advanced-technology innovation', amount: won(16_000_000_000) },
  { lineId: 'linked-technology-development', nameKo: '연계형 기술개발', nameEn: 'Linked technology development', amount: won(5_000_000_000) },
  {
    lineId: 'agri-industry-commerce-convergence',
    nameKo: '농공상융합형 기술개발',
    nameEn: 'Agri-industry-commerce convergence R&D',
    amount: won(2_000_000_000),
  },
  { lineId: 'it-convergence', nameKo: 'IT융합', nameEn: 'IT convergence', amount: won(1_500_000_000) },
  { lineId: MENTORING_LINE_ID, nameKo: '기술협력 멘토링', nameEn: 'Technology-cooperation mentoring', amount: won(1_000_000_000) },
];
