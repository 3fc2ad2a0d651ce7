/**
 * 三公 of a county bureau with a 全年预算数 (docs/domain.md §8): 公务接待费 had no budget at the start of
 * the year (年初 0) and was given 4.50 万元 mid-year, spending 4.41; 公务用车 with its pair; 因公出国
 * neither budgeted nor spent (the unit wrote “-”).
 */
import type { RawDataset } from "../../src/domain";
import { baseDataset } from "./datasets";

type Sangong = NonNullable<RawDataset["sangong"]>;

export const SANGONG_ADJUSTED_ITEMS: Sangong["items"] = {
  vehiclePurchase: { budget: "0", actual: "0" },
  vehicleOperation: { budget: "12", actual: "11.36", lastYearActual: "12.8" },
  abroad: { budget: "-", actual: "-" },
  reception: { budget: "0", adjustedBudget: "4.50", actual: "4.41", note: "年中追加接待上级检查经费。" },
};

/** The bureau's dataset with these (or other) 三公 items and reported totals. */
export function sangongAdjusted(
  items: Sangong["items"] = SANGONG_ADJUSTED_ITEMS,
  reported: Sangong["reported"] = {},
): RawDataset {
  return baseDataset({
    unit: { name: "某县农业农村局", shortName: "我局", level: "county", year: 2024, moneyUnit: "万元" },
    sangong: { items, reported, stats: { receptionBatches: 12 } },
  });
}
