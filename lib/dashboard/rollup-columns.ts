import { HISTOGRAM_BINS } from "./histogram";

const binColumns = (prefix: string) =>
  Array.from({ length: HISTOGRAM_BINS }, (_, bin) => `${prefix}_b${String(bin).padStart(2, "0")}`);

/** ticket_daily_stats' histogram columns: first-response time, then resolution time. */
export const FRT_BIN_COLUMNS = binColumns("frt");
export const RES_BIN_COLUMNS = binColumns("res");
