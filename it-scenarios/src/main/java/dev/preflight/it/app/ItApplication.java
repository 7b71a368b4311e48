package dev.preflight.it.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The test application: JAX-RS resources and providers are found by scanning. */
@ApplicationPath("/")
public class ItApplication extends Application {}
