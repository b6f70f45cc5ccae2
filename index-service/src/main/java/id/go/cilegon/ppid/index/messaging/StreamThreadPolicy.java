package id.go.cilegon.ppid.index.messaging;

import id.go.cilegon.ppid.contracts.Services;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.jboss.logging.Logger;

/**
 * What happens when a stream thread dies on an exception nothing else handled (quarkus-kafka-streams installs this
 * bean): the thread is replaced, so one failure never stops the index; the replacement picks up from the last
 * committed offsets (exactly once). Counted in {@code ppid_streams_threads_replaced_total}.
 */
@ApplicationScoped
@Unremovable
public class StreamThreadPolicy implements StreamsUncaughtExceptionHandler {

    private static final Logger LOG = Logger.getLogger(StreamThreadPolicy.class);

    @Inject
    MeterRegistry metrics;

    @Override
    public StreamThreadExceptionResponse handle(Throwable exception) {
        metrics.counter("ppid.streams.threads.replaced", "service", Services.INDEX_SERVICE)
                .increment();
        LOG.errorf(exception, "A stream thread died; replacing it");
        return StreamThreadExceptionResponse.REPLACE_THREAD;
    }
}
