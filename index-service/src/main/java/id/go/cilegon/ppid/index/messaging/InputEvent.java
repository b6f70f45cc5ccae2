package id.go.cilegon.ppid.index.messaging;

import java.time.Instant;

/**
 * A consumed event whose envelope and payload were read and checked.
 *
 * @param type    the {@code ce_type}
 * @param id      the {@code ce_id}
 * @param time    the {@code ce_time}
 * @param payload the payload record of the contracts
 */
public record InputEvent(String type, String id, Instant time, Object payload) {}
