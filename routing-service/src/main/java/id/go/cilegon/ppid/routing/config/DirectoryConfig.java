package id.go.cilegon.ppid.routing.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The seed of the OPD directory. */
@ConfigMapping(prefix = "ppid.directory")
public interface DirectoryConfig {

    /** Whether OPDs of the seed that are not in the database yet are added at start (never overwritten). */
    @WithDefault("true")
    boolean seedEnabled();

    /** Classpath resource of the seed. */
    @WithDefault("directory/cilegon-opd.json")
    String seedResource();
}
