package org.clinicite.server;

/**
 * The body of every error response: {@code {"status": 400, "message": "..."}}. Bad
 * parameters are 4xx with a message a person can act on; only a bug is a 500.
 */
public record ApiError(int status, String message) {
}
