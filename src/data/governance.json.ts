// Framework data loader for 資料治理: pipelines/governance/governancePageData.ts computes it.
import { governancePageData } from "../../pipelines/governance/governancePageData.ts";
import { pageLoader } from "../../pipelines/site/pageLoader.ts";

export default await pageLoader(import.meta.url, governancePageData);
