package id.go.cilegon.ppid.index.messaging;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

import id.go.cilegon.ppid.contracts.CloudEventHeaders;
import id.go.cilegon.ppid.contracts.Services;

/**
 * Turns a failed record back into the original key, value and headers plus the dead-letter headers of contracts.
 * It is written in the same Kafka transaction as the input offset, so a parked record is never lost nor doubled.
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
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        CloudEventHeaders.writeDeadLetter(headers, failed.reason(), failed.error(), failed.topic(), failed.partition(),
                failed.offset(), Services.INDEX_SERVICE);
        context.forward(record.withValue(failed.raw()).withHeaders(headers));
    }
}
