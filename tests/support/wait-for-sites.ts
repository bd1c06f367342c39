// Runs before each end-to-end file: the sites it reads may still be building.
import { waitForSites } from "./sites-ready";

await waitForSites();
