package id.go.cilegon.ppid.index.domain;

import id.go.cilegon.ppid.contracts.RequestEvent;

/**
 * The fold of one input key: a request (key = request id) or an OPD's periodic register (key = OPD code).
 * Exactly one of the two is set once the first event was applied.
 */
public final class Contribution {

    public RequestFacts request;
    public OpdRegister register;

    /** Applies one event of this key; request-scoped payloads fold into request facts, the rest into the register. */
    public Contribution apply(String key, Object payload) {
        if (payload instanceof RequestEvent) {
            if (request == null) {
                request = new RequestFacts();
                request.requestId = key;
            }
            request.apply(payload);
        } else {
            if (register == null) {
                register = new OpdRegister(key);
            }
            register.apply(payload);
        }
        return this;
    }

    /** The OPD aggregate this contribution belongs to, or null when it counts for no OPD. */
    public String opdScope() {
        if (request != null) {
            return request.countable() ? request.opd() : null;
        }
        return register == null ? null : register.opdCode;
    }

    /** Whether it counts city-wide. */
    public boolean cityCountable() {
        return request != null ? request.countable() : register != null;
    }
}
