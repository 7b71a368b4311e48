/**
 * API: what Preflight reports for operators, through OpenTelemetry when the runtime has it
 * (MicroProfile Telemetry 2.0), and the readiness of its client (MicroProfile Health).
 */
@NullMarked
package dev.preflight.jakarta.telemetry;

import org.jspecify.annotations.NullMarked;
