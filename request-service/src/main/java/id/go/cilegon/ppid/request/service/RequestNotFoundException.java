package id.go.cilegon.ppid.request.service;

import java.util.UUID;

/** No request with this id exists. */
public class RequestNotFoundException extends RuntimeException {

    public RequestNotFoundException(UUID id) {
        super("Request " + id + " does not exist.");
    }

    public RequestNotFoundException(String registrationNumber) {
        super("Request " + registrationNumber + " does not exist.");
    }
}
