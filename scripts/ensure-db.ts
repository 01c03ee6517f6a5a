// Seeds data/qom.db when it is absent (quick start and dev), and leaves an existing one alone.
import fs from "node:fs";
import { dbFile } from "../db/paths";

if (!fs.existsSync(dbFile())) {
  void import("./seed");
} else {
  console.log(`database present: ${dbFile()}`);
}
