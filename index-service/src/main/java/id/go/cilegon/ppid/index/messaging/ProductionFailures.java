package id.go.cilegon.ppid.index.messaging;

import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.jboss.logging.Logger;

/**
 * Kafka Streams' {@code production.exception.handler}: a record the producer or the broker refuses for itself (too
 * large, invalid) is dropped with an error in the log instead of stopping the stream thread: an index value is
 * recomputed and published again at its next change or re-evaluation. A failure that may pass is retried; any other
 * one fails the thread, which {@link StreamThreadPolicy} replaces.
 */
public class ProductionFailures implements ProductionExceptionHandler {

    private static final Logger LOG = Logger.getLogger(ProductionFailures.class);

    @Override
    public void configure(Map<String, ?> configs) {}

    @Override
    public ProductionExceptionHandlerResponse handle(
            ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
        if (isRefusal(exception)) {
            LOG.errorf(
                    "Dropped a record for %s (%d bytes) that the producer refused: %s; the input %s[%d]@%d goes on",
                    record.topic(),
                    record.value() == null ? 0 : record.value().length,
                    exception.toString(),
                    context.topic(),
                    context.partition(),
                    context.offset());
            return ProductionExceptionHandlerResponse.CONTINUE;
        }
        return exception instanceof RetriableException
                ? ProductionExceptionHandlerResponse.RETRY
                : ProductionExceptionHandlerResponse.FAIL;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public ProductionExceptionHandlerResponse handleSerializationException(
            ErrorHandlerContext context,
            ProducerRecord record,
            Exception exception,
            SerializationExceptionOrigin origin) {
        LOG.errorf(exception, "Dropped a record for %s that could not be serialized (%s)", record.topic(), origin);
        return ProductionExceptionHandlerResponse.CONTINUE;
    }

    /** Whether sending the same record again cannot help. */
    static boolean isRefusal(Exception exception) {
        return exception instanceof RecordTooLargeException
                || exception instanceof RecordBatchTooLargeException
                || exception instanceof InvalidRecordException;
    }
}
