package com.example.mailboxes;

import dev.preflight.jakarta.client.NexudusExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Turns on Preflight's answers for Nexudus failures in this application. */
@Provider
public class NexudusErrors extends NexudusExceptionMapper {}
