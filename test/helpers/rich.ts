/** A dataset that exercises every formula of the standard workbook (each branch at least once). */
import type { RawDataset } from "../../src/domain";
import { baseDataset } from "./datasets";

export function richDataset(): RawDataset {
  return baseDataset({
    profile: {
      budgetUnitCount: 3,
      staffing: { authorized: 120, actualInQuota: 126, actualTotal: 140, retired: 12 },
    },
    finance: {
      openingBalance: { basic: "12.50", project: "300.25" },
      income: { basic: "1000.00", project: "2500.75" },
      expenditure: { basic: "990.10", project: "2400.00" },
      closingBalance: { basic: "22.40", projectCarryover: "380.00", projectSurplus: "21.00" },
      reported: {
        totalAvailable: "3813.50",
        totalIncome: "3500.75",
        totalExpenditure: "3390.10",
        totalClosing: "423.40",
      },
    },
    basicExpenditure: {
      budget: "980.00",
      personnel: { total: "800.00", wages: "700.00", familySubsidies: "100.00" },
      publicFunds: "190.10",
      publicFundsBudget: "200.00",
      reported: { personnelShare: "80.8", publicFundsShare: "19.20" },
    },
    breakdowns: [
      {
        id: "econ",
        title: "按经济分类",
        base: "totalExpenditure",
        items: [
          { name: "工资福利支出", amount: "700.00" },
          { name: "商品和服务支出", amount: "2690.10" },
        ],
      },
      {
        id: "basic",
        title: "基本支出构成",
        base: "basic",
        items: [
          { name: "人员经费", amount: "800.00" },
          { name: "公用经费", amount: "190.10" },
        ],
      },
      {
        id: "proj",
        title: "项目支出构成",
        base: "project",
        items: [
          { name: "转移支付", amount: "1600.00" },
          { name: "本级项目", amount: "800.00" },
        ],
      },
      {
        id: "own",
        title: "自有构成",
        items: [
          { name: "甲", amount: "1.00" },
          { name: "乙", amount: "2.00" },
        ],
        reportedTotal: "3.00",
      },
    ],
    sangong: {
      items: {
        vehiclePurchase: { budget: "50.00", actual: "48.00", lastYearActual: "60.00" },
        vehicleOperation: { budget: "30.00", actual: "31.50", lastYearActual: "28.00" },
        abroad: { budget: "10.00", actual: "0", lastYearActual: "8.00" },
        reception: { budget: "0", adjustedBudget: "4.50", actual: "4.20" },
      },
      reported: { budget: "95.00", actual: "83.70", rate: "88.11" },
      stats: { vehiclesPurchased: 1, vehiclesHeld: 12 },
    },
    fundTables: [
      {
        id: "a",
        title: "到位口径专项",
        dimension: "project",
        rateBase: "arrived",
        rows: [
          {
            group: "甲类",
            name: "项目一",
            budget: "100.00",
            arrived: "80.00",
            used: "60.00",
            reportedRate: "75.00",
          },
          { group: "甲类", name: "项目二", budget: "50.00", arrived: "0", used: "0" },
          { group: "乙类", name: "项目三", budget: "30.00", arrived: "30.00", used: "-" },
          { group: "乙类", name: "项目四", budget: "20.00", arrived: "25.00", used: "24.99" },
          { name: "项目五", budget: "10.00", arrived: "10.00", used: "3.33" },
        ],
        reportedSubtotals: [{ group: "甲类", budget: "150.00", rate: "75.00" }],
        reportedTotal: { used: "88.32", rate: "60.01" },
        // 年度资金总额 typed; its 全年 from 追加.
        funding: { total: { initial: "200.00", adjusted: "215.00" }, current: { initial: "200.00" } },
      },
      {
        id: "b",
        title: "无到位专项",
        dimension: "region",
        rows: [
          { name: "甲县", budget: "40.00", used: "39.99" },
          { name: "乙县", budget: "0", used: "0" },
        ],
        // 年度资金总额 from its sources; 年初 unknown (结转 has none).
        funding: {
          current: { initial: "30.00", adjusted: "35.00", actual: "30.00" },
          carryover: { adjusted: "10.00", actual: "9.99" },
        },
        goals: { expected: "覆盖两个县", actual: "已覆盖" },
      },
    ],
    // 年度总体目标's 实际完成情况 on the department form (its 预期目标, `goals`, left out).
    goalsAchieved: "完成培训140人次，“三公”经费控制在预算以内。",
    funding: {
      generalPublic: { initial: "3000.00", adjusted: "3400.00", actual: "3300.10" },
      governmentFund: { initial: "100.00", adjusted: "100.00", actual: "90.00" },
      basic: { initial: "1000.00", actual: "990.10" },
      project: { initial: "2100.00", adjusted: "2500.00", actual: "2400.00" },
    },
    indicators: [
      {
        level1: "产出",
        name: "大于等于未达成",
        weight: "20",
        direction: ">=",
        target: "150",
        actual: "140",
        reportedScore: "18.67",
      },
      {
        level1: "产出",
        name: "小于等于未达成",
        weight: "10",
        direction: "<=",
        target: "12",
        actual: "15",
        reportedScore: "8",
      },
      {
        level1: "产出",
        name: "等于超出",
        weight: "10",
        direction: "=",
        target: "100",
        actual: "125",
        reportedScore: "8",
      },
      { level1: "产出", name: "等于达成", weight: "10", direction: "=", target: "100", actual: "100" },
      { level1: "效果", name: "零目标", weight: "10", direction: ">=", target: "0", actual: "0" },
      { level1: "效果", name: "定性达成", weight: "10", kind: "qualitative", rating: "达成" },
      {
        level1: "效果",
        name: "定性部分",
        weight: "15",
        kind: "qualitative",
        rating: "部分达成",
        ratingPercent: "70",
      },
      { level1: "效果", name: "定性未达成", weight: "5", kind: "qualitative", rating: "未达成" },
      // Linked to every figure the workbook computes (weight 0: with the 年度资金 block's 10, the total
      // stays 100).
      ...(
        [
          ["staffControlRate", undefined, "<=", "105"],
          ["sangongControlRate", undefined, "<=", "100"],
          ["publicFundsControlRate", undefined, "<=", "100"],
          ["budgetCompletionRate", undefined, ">=", "95"],
          ["fundExecutionRate", "a", ">=", "90"],
          ["fundArrivalRate", "a", ">=", "100"],
          ["fundExecutionRate", "b", ">=", "90"],
        ] as const
      ).map(([link, table, direction, actual]) => ({
        level1: "过程",
        level2: "预算执行",
        name: `关联${link}${table ?? ""}`,
        weight: "0",
        direction,
        target: "100",
        unit: "%",
        actual,
        link,
        ...(table ? { linkTable: table } : {}),
      })),
    ],
    selfEvaluation: { reportedScore: "80", reportedGrade: "良" },
    settings: { lowExecutionThreshold: "70", executionCap: true },
  });
}
