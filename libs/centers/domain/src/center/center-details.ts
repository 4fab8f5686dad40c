/** Who runs a center under contract; both names are shown, the Korean one is authoritative. */
export interface OperatingInstitution {
  readonly nameKo: string;
  readonly nameEn: string;
}

/** What a program manager may correct about a center; its id never changes. */
export interface CenterDetails {
  /** The region (권역) in Korean, e.g. `경인권`. */
  readonly regionName: string;
  readonly institution: OperatingInstitution;
}

/** Dotted paths of the fields in which two sets of details differ, e.g. `['institution.nameEn']`. */
export function differingFields(current: CenterDetails, proposed: CenterDetails): string[] {
  const comparisons: readonly (readonly [string, string, string])[] = [
    ['regionName', current.regionName, proposed.regionName],
    ['institution.nameKo', current.institution.nameKo, proposed.institution.nameKo],
    ['institution.nameEn', current.institution.nameEn, proposed.institution.nameEn],
  ];
  return comparisons.filter(([, before, after]) => before !== after).map(([field]) => field);
}
