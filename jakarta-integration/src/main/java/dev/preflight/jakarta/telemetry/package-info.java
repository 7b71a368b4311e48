/**
 * API: what Preflight reports for operators, through OpenTelemetry when the runtime has it
 * (MicroProfile Telemetry 2.0). The readiness check is a CDI bean: {@code
 * dev.preflight.jakarta.cdi.NexudusReadiness}.
 */
@NullMarked
package dev.preflight.jakarta.telemetry;

import org.jspecify.annotations.NullMarked;
