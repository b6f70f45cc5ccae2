package id.go.cilegon.ppid.index.config;

import id.go.cilegon.ppid.index.domain.IndexFormula;
import id.go.cilegon.ppid.index.service.Views;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The REST views use the same formula and clock as the published topics. */
@ApplicationScoped
public class ViewsProducer {

    @Produces
    @ApplicationScoped
    Views views(IndexFormula formula, Clock clock) {
        return new Views(formula, clock);
    }
}
