package id.go.cilegon.ppid.testing.quarkus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Sends pings to Kafka and remembers those it reads back: the smallest application that needs the broker. */
@ApplicationScoped
public class PingRelay {

    @Inject
    @Channel("pings-out")
    Emitter<String> emitter;

    private final List<String> received = new CopyOnWriteArrayList<>();

    /** Sends a ping; the stage completes when the broker has acknowledged it. */
    public CompletionStage<Void> send(String ping) {
        return emitter.send(ping);
    }

    @Incoming("pings-in")
    void receive(String ping) {
        received.add(ping);
    }

    public List<String> received() {
        return received;
    }
}
