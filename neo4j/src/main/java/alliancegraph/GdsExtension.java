package alliancegraph;

import java.util.Optional;
import org.neo4j.configuration.Config;
import org.neo4j.gds.applications.modelcatalog.ModelRepository;
import org.neo4j.gds.applications.operations.FeatureTogglesRepository;
import org.neo4j.gds.core.model.OpenModelCatalog;
import org.neo4j.gds.core.write.NativeExportBuildersProvider;
import org.neo4j.gds.metrics.Metrics;
import org.neo4j.gds.procedures.integration.DefaultExportLocation;
import org.neo4j.gds.procedures.integration.LogAccessor;
import org.neo4j.gds.procedures.integration.OpenGraphDataScienceExtensionBuilder;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.extension.ExtensionFactory;
import org.neo4j.kernel.extension.context.ExtensionContext;
import org.neo4j.kernel.lifecycle.Lifecycle;
import org.neo4j.logging.internal.LogService;

/**
 * Provides the one component every GDS procedure injects ({@code GraphDataScienceProcedures}).
 *
 * <p>GDS's own packaging module, which holds its extension factory, is not published to Maven
 * Central: {@code org.neo4j.gds:proc} brings the procedures and the builder of that component
 * but nothing that calls the builder. Without this extension every GDS procedure fails to
 * register with "not a known injectable component". Neo4j finds it through
 * {@code META-INF/services/org.neo4j.kernel.extension.ExtensionFactory}. The settings are those
 * of the open edition: native writes only, no metrics, models kept in memory and never stored.
 */
public final class GdsExtension extends ExtensionFactory<GdsExtension.Dependencies> {
    public GdsExtension() {
        super("alliancegraph.gds");
    }

    @Override
    public Lifecycle newInstance(ExtensionContext context, Dependencies dependencies) {
        var log = new LogAccessor().getLog(dependencies.logService(), getClass());
        Config config = dependencies.config();
        ModelRepository noStoredModels = model -> {
            throw new UnsupportedOperationException("Storing GDS models on disk is not available in this embedded Neo4j.");
        };
        var built = OpenGraphDataScienceExtensionBuilder.create(
                log,
                dependencies.globalProcedures(),
                config,
                (db, cfg) -> new NativeExportBuildersProvider(),
                new DefaultExportLocation(log, config),
                new FeatureTogglesRepository(),
                Metrics.DISABLED,
                new OpenModelCatalog(),
                noStoredModels,
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
        return built.getLeft().build();
    }

    /** What Neo4j hands the extension; the names are looked up by type. */
    public interface Dependencies {
        Config config();

        GlobalProcedures globalProcedures();

        LogService logService();
    }
}
