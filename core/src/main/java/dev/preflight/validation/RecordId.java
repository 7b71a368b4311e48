package dev.preflight.validation;

/**
 * The envelope's {@code Value} on success: {@code {"Id": 87654321}}. A record created without an
 * Id reports 0, which is what an unset number looks like on the server.
 */
public record RecordId(long id) {}
