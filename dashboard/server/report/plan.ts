import type { PlanItem } from "../../../shared/api/report-plan";

/** The programme the annual report covers: fixed by what this tool is for. */
export const PROGRAMME =
  "女性管理職比率・男女間賃金格差改善促進事業（男女間賃金格差改善促進奨励金）";

/** The organisation line's default until policy staff set it on the 年次報告 page. */
export const DEFAULT_ORGANISATION = "公益財団法人東京しごと財団";

/** A year's plan as the report is built from it. */
export interface Plan {
  organisation: string;
  programme: string;
  items: PlanItem[];
}
