package alliancegraph;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.procedure.Procedure;
import org.neo4j.procedure.UserAggregationFunction;
import org.neo4j.procedure.UserFunction;

/**
 * Runs one Neo4j Community database in this JVM with Bolt on 127.0.0.1.
 *
 * <p>Contract with the Node side (src/embedded/): one line {@code BOLT bolt://127.0.0.1:PORT}
 * on stdout once Bolt accepts connections; a line starting with {@code ERROR} on stderr and a
 * non-zero exit when it cannot start. The process stops cleanly on SIGTERM/SIGINT and when its
 * standard input closes, which happens when the parent dies, so no orphan keeps the store lock.
 */
public final class EmbeddedNeo4j {
    private static final int EXIT_BAD_ARGS = 2;
    private static final int EXIT_STORE_LOCKED = 3;
    private static final int EXIT_START_FAILED = 4;

    private EmbeddedNeo4j() {}

    public static void main(String[] argv) {
        Map<String, String> args = parseArgs(argv);
        Path home = Path.of(args.getOrDefault("home", ".data/neo4j")).toAbsolutePath();
        int port = Integer.parseInt(args.getOrDefault("port", "7687"));
        String pageCache = args.getOrDefault("pagecache", "512m");

        DatabaseManagementService dbms;
        try {
            Files.createDirectories(home);
            dbms = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    // Auth is off in embedded mode, so Bolt must never listen beyond loopback.
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(GraphDatabaseSettings.pagecache_memory, parseBytes(pageCache))
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "keep_none")
                    // GDS reaches into the kernel, which Neo4j allows only to unrestricted procedures.
                    .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("gds.*"))
                    .build();
        } catch (Throwable e) {
            failStart(home, e);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        GraphDatabaseAPI api = (GraphDatabaseAPI) db;
        GlobalProcedures procedures = api.getDependencyResolver().resolveDependency(GlobalProcedures.class);
        int apocCount = registerPlugin(procedures, "/apoc-core-", "apoc/");
        int gdsCount = registerPlugin(procedures, "/org/neo4j/gds/", "org/neo4j/gds/");
        var address = api.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);

        System.err.println("INFO registered " + apocCount + " APOC and " + gdsCount + " GDS classes; store at " + home);
        System.out.println("BOLT bolt://127.0.0.1:" + address.getPort());
        System.out.flush();
        exitWhenStdinCloses();
    }

    /** The parent keeps our stdin open; end-of-file means it is gone. */
    private static void exitWhenStdinCloses() {
        try (InputStream in = System.in) {
            byte[] buffer = new byte[256];
            while (in.read(buffer) >= 0) {
                // Nothing is read from the parent; we only wait for the pipe to close.
            }
        } catch (IOException ignored) {
            // A broken pipe means the same thing as end-of-file.
        }
        System.exit(0);
    }

    private static void failStart(Path home, Throwable e) {
        if (causedByStoreLock(e)) {
            System.err.println("ERROR the Neo4j store at " + home + " is locked by another process: "
                    + "stop the other Alliance Graph or Neo4j that uses it (look for a 'java' process "
                    + "running alliancegraph.EmbeddedNeo4j) or choose another folder with NEO4J_HOME.");
            System.exit(EXIT_STORE_LOCKED);
        }
        System.err.println("ERROR Neo4j could not start in " + home + ": " + rootMessage(e));
        System.exit(EXIT_START_FAILED);
    }

    private static boolean causedByStoreLock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            if (name.endsWith("FileLockException") || name.endsWith("StoreLockException")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    /**
     * Embedded Neo4j loads no plugin from the classpath, so every APOC or GDS class that declares
     * procedures or functions is registered by hand, as APOC's own test utilities do. Only the
     * jars whose path contains {@code jarMarker} are scanned, and only classes under
     * {@code packagePrefix}. GDS's services (the kernel extension its procedures inject) load
     * by themselves through the classpath's service files.
     */
    private static int registerPlugin(GlobalProcedures procedures, String jarMarker, String packagePrefix) {
        int registered = 0;
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (!entry.replace('\\', '/').contains(jarMarker)) {
                continue;
            }
            try (JarFile jar = new JarFile(entry)) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    String name = entries.nextElement().getName();
                    if (name.startsWith(packagePrefix) && name.endsWith(".class") && !name.contains("$")) {
                        registered += registerClass(procedures, name.substring(0, name.length() - ".class".length()).replace('/', '.'));
                    }
                }
            } catch (IOException e) {
                System.err.println("WARN could not read " + entry + ": " + e.getMessage());
            }
        }
        return registered;
    }

    private static int registerClass(GlobalProcedures procedures, String className) {
        try {
            Class<?> type = Class.forName(className, false, EmbeddedNeo4j.class.getClassLoader());
            boolean hasProcedure = false, hasFunction = false, hasAggregation = false;
            for (Method method : type.getDeclaredMethods()) {
                hasProcedure |= method.isAnnotationPresent(Procedure.class);
                hasFunction |= method.isAnnotationPresent(UserFunction.class);
                hasAggregation |= method.isAnnotationPresent(UserAggregationFunction.class);
            }
            if (hasProcedure) procedures.registerProcedure(type);
            if (hasFunction) procedures.registerFunction(type);
            if (hasAggregation) procedures.registerAggregationFunction(type);
            return hasProcedure || hasFunction || hasAggregation ? 1 : 0;
        } catch (Throwable e) {
            // A few classes need optional libraries that are not shipped, and GDS's write
            // procedures cannot register in embedded mode (GDS issue 288); skip them.
            return 0;
        }
    }

    private static long parseBytes(String text) {
        String t = text.trim().toLowerCase();
        long unit = 1;
        if (t.endsWith("k")) unit = 1L << 10;
        else if (t.endsWith("m")) unit = 1L << 20;
        else if (t.endsWith("g")) unit = 1L << 30;
        String digits = unit == 1 ? t : t.substring(0, t.length() - 1);
        return Long.parseLong(digits) * unit;
    }

    private static Map<String, String> parseArgs(String[] argv) {
        Map<String, String> args = new HashMap<>();
        for (int i = 0; i < argv.length; i++) {
            if (!argv[i].startsWith("--") || i + 1 >= argv.length) {
                System.err.println("ERROR usage: EmbeddedNeo4j --home DIR --port N --pagecache SIZE (got '" + argv[i] + "')");
                System.exit(EXIT_BAD_ARGS);
            }
            args.put(argv[i].substring(2), argv[++i]);
        }
        return args;
    }
}
