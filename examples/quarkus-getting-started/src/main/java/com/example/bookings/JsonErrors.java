package com.example.bookings;

import dev.preflight.jakarta.json.MalformedJsonMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers malformed JSON with the 400 envelope, as Preflight's own readers do, instead of a 500. */
@Provider
public class JsonErrors extends MalformedJsonMapper {}
