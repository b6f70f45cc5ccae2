package id.go.cilegon.ppid.routing.service;

import id.go.cilegon.ppid.contracts.directory.OpdKind;
import java.util.List;

/**
 * What an admin or the PPID Utama writes of an OPD's directory entry, already checked by the channel (the REST body
 * today); {@code active} null keeps the current state (a new OPD is active).
 */
public record OpdEntry(
        String name,
        String shortName,
        OpdKind kind,
        String duties,
        List<String> keywords,
        String deskEmail,
        String deskPhone,
        String webhookUrl,
        String webhookSecretRef,
        Boolean active) {}
