import type { AssetType, Summary, SummaryGroup } from '../api/assets';

export function typeNames(types: AssetType[]): (code: string) => string {
  const names = new Map(types.map((type) => [type.code, type.name]));
  return (code) => names.get(code) ?? code;
}

/** The districts in the order the summary gives them (alphabetical), each once. */
export function districtsOf(summary: Summary): string[] {
  return [...new Set(summary.groups.map((group) => group.district))];
}

export interface DistrictGroups {
  district: string;
  groups: SummaryGroup[];
  count: number;
  replacementValue: number;
}

export function byDistrict(summary: Summary): DistrictGroups[] {
  return districtsOf(summary).map((district) => {
    const groups = summary.groups.filter((group) => group.district === district);
    return {
      district,
      groups,
      count: groups.reduce((sum, group) => sum + group.count, 0),
      replacementValue: groups.reduce((sum, group) => sum + group.replacementValue, 0),
    };
  });
}

/**
 * The types that carry most of the value each get a series of their own, the rest one series together:
 * a stack of more colours than the chart's palette holds could only be told apart by the table.
 */
export function chartTypes(summary: Summary, ownSeries: number): { own: string[]; rest: string[] } {
  const totals = new Map<string, number>();
  for (const group of summary.groups) {
    totals.set(group.type, (totals.get(group.type) ?? 0) + group.replacementValue);
  }
  const ranked = [...totals.entries()].sort((x, y) => y[1] - x[1]).map(([type]) => type);
  if (ranked.length <= ownSeries + 1) return { own: ranked, rest: [] };
  return { own: ranked.slice(0, ownSeries), rest: ranked.slice(ownSeries) };
}
