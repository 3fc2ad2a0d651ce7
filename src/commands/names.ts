/** The function names of the ribbon's ExecuteFunction actions (manifest.xml ↔ the function file). */
export const CommandFunction = { checkWorkbook: "checkWorkbook" } as const;
export type CommandFunction = (typeof CommandFunction)[keyof typeof CommandFunction];
