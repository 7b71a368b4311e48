package dev.preflight.jakarta.json;

import dev.preflight.catalogue.EntityRecord;
import dev.preflight.catalogue.Operation;
import dev.preflight.jakarta.telemetry.ClientTelemetry;
import dev.preflight.validation.EnvelopeJson;
import dev.preflight.validation.ReadResult;
import dev.preflight.validation.ValidationResponse;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * What a body provider answers for a body that is not a whole record: 400 with the envelope, its
 * reading errors merged with the entity's validator's, the verdict reported to the application's
 * telemetry as a validation refused before anything else happened.
 */
final class UnreadableBody {
  private UnreadableBody() {}

  static BadRequestException badRequest(JsonValidator door, ReadResult<EntityRecord> result, Operation operation,
      ClientTelemetry telemetry) {
    ValidationResponse verdict = door.validate(result);
    telemetry.validated(door.entity().name(), operation, verdict, ClientTelemetry.Origin.LOCAL);
    return new BadRequestException(Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(EnvelopeJson.toJson(verdict)).build());
  }
}
