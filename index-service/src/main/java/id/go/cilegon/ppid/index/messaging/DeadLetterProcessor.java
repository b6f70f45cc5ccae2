package id.go.cilegon.ppid.index.messaging;

import id.go.cilegon.ppid.contracts.Services;
import id.go.cilegon.ppid.kit.messaging.DeadLetterRecord;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Turns a failed record back into the original key, value and headers plus the dead-letter headers of contracts
 * (service-kit's {@link DeadLetterRecord}, which cuts a value too large to send again). It is written in the same
 * Kafka transaction as the input offset, so a parked record is never lost nor doubled.
 */
final class DeadLetterProcessor implements FixedKeyProcessor<String, Parsed, byte[]> {

    private FixedKeyProcessorContext<String, byte[]> context;

    @Override
    public void init(FixedKeyProcessorContext<String, byte[]> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, Parsed> record) {
        Parsed failed = record.value();
        ConsumerRecord<String, byte[]> consumed = new ConsumerRecord<>(
                failed.topic(),
                failed.partition(),
                failed.offset(),
                ConsumerRecord.NO_TIMESTAMP,
                TimestampType.NO_TIMESTAMP_TYPE,
                ConsumerRecord.NULL_SIZE,
                ConsumerRecord.NULL_SIZE,
                record.key(),
                failed.raw(),
                record.headers(),
                Optional.empty());
        // service-kit's copy: a record that came larger than a producer may send is cut to fit, so it can be parked.
        ProducerRecord<byte[], byte[]> parked = DeadLetterRecord.of(
                consumed, Services.INDEX_SERVICE, failed.reason(), failed.error(), DeadLetterRecord.DEFAULT_MAX_BYTES);
        context.forward(record.withValue(parked.value()).withHeaders(parked.headers()));
    }
}
