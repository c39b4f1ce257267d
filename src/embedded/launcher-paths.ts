import path from "node:path";
import { projectRoot } from "../shared/project-root";

/** What the Maven build of `neo4j/` leaves for starting the launcher without Maven. */
export const launcherDir = path.join(projectRoot, "neo4j");
export const launcherJar = path.join(launcherDir, "target", "embedded-neo4j-1.0.0.jar");
export const launcherClasspathFile = path.join(launcherDir, "target", "classpath.txt");
export const LAUNCHER_MAIN_CLASS = "alliancegraph.EmbeddedNeo4j";
