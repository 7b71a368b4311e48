package dev.preflight.it.app;

import dev.preflight.emailaccount.jakarta.json.EmailAccountDocument;
import dev.preflight.emailaccount.jakarta.json.EmailAccountJsonReader;
import dev.preflight.emailaccount.jakarta.json.ReadResult;
import dev.preflight.emailaccount.jakarta.json.ValidationResponseJson;
import dev.preflight.emailaccount.validation.EmailAccountValidator;
import dev.preflight.emailaccount.validation.Operation;
import dev.preflight.emailaccount.validation.ValidationResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A stand-in for Nexudus's {@code /api/crm/emailaccounts}: checks the bearer token and role,
 * validates with the standard (server) rules, keeps records in memory with every member it was sent
 * (a PUT replaces the whole record, as on Nexudus), counts requests, and answers with the seed's
 * 200 and 400 envelopes. Never logs anything.
 */
@Path(NexudusSimulator.PATH)
@ApplicationScoped
public class NexudusSimulator {
  static final String PATH = "/api/crm/emailaccounts";
  private static final String HTML_500 =
      "<!DOCTYPE html><html><head><title>Runtime Error</title></head><body><h1>Server Error in '/' Application.</h1></body></html>";

  @Inject SimulatorState state;

  private final EmailAccountJsonReader reader = EmailAccountJsonReader.standard();
  private final EmailAccountValidator server = EmailAccountValidator.standard();

  @PUT
  public Response update(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, byte[] body) {
    return write(authorization, body, Operation.UPDATE);
  }

  @POST
  public Response create(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, byte[] body) {
    return write(authorization, body, Operation.CREATE);
  }

  @GET
  @Path("/{id}")
  public Response get(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") long id) {
    Optional<Response> refusal = refuse(authorization);
    if (refusal.isPresent()) {
      return refusal.get();
    }
    return state.document(id)
        .map(document -> json(200, document.toJson()))
        .orElseGet(() -> json(404, "\"Not found\""));
  }

  @DELETE
  @Path("/{id}")
  public Response delete(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") long id) {
    Optional<Response> refusal = refuse(authorization);
    if (refusal.isPresent()) {
      return refusal.get();
    }
    return state.remove(id) ? json(200, success("deleted", id)) : json(404, "\"Not found\"");
  }

  private Response write(String authorization, byte[] body, Operation operation) {
    Optional<Response> refusal = refuse(authorization);
    if (refusal.isPresent()) {
      return refusal.get();
    }
    ReadResult read = reader.read(body);
    ValidationResponse verdict = read.validate(server.forOperation(operation));
    if (!verdict.wasSuccessful()) {
      return json(400, ValidationResponseJson.toJson(verdict));
    }
    EmailAccountDocument document = EmailAccountDocument.read(reader, body).orElseThrow();
    if (operation == Operation.CREATE) {
      long id = state.newId();
      document = document.with(account -> account.id(id));
    }
    state.put(document);
    return json(200, success(operation == Operation.CREATE ? "created" : "updated", document.account().id()));
  }

  /** Counts the request, then answers a pending fault or a missing right, if any. */
  private Optional<Response> refuse(String authorization) {
    state.countRequest();
    Optional<SimulatorState.Fault> fault = state.takeFault();
    if (fault.isPresent()) {
      SimulatorState.Fault f = fault.get();
      if (f.status() == SimulatorState.STALL) {
        return Optional.of(Response.ok(stalledBody(), MediaType.APPLICATION_JSON_TYPE).build());
      }
      if (f.status() >= 500) {
        return Optional.of(Response.status(f.status()).type(MediaType.TEXT_HTML_TYPE).entity(HTML_500).build());
      }
      if (f.status() >= 300 && f.status() < 400) {
        return Optional.of(Response.status(f.status()).header(HttpHeaders.LOCATION, "https://spaces.nexudus.com" + PATH).build());
      }
      return Optional.of(Response.status(f.status()).header("Retry-After", f.retryAfter()).build());
    }
    if (!state.mayEdit(authorization)) {
      return Optional.of(json(401, "{\"Message\":\"Authorization has been denied for this request.\"}"));
    }
    return Optional.empty();
  }

  /** The first bytes of an envelope, then nothing until the test releases it (5 s at most). */
  private StreamingOutput stalledBody() {
    return out -> {
      out.write("{\"Message\":".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      try {
        state.stall();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
  }

  /** The seed's 200 example, with this record's Id. */
  private static String success(String verb, long id) {
    return "{\"Status\":200,\"Message\":\"EmailAccount was successfully " + verb + ".\",\"Value\":{\"Id\":" + id + "},"
        + "\"OpenInDialog\":false,\"OpenInWindow\":false,\"RedirectURL\":null,\"JavaScript\":null,"
        + "\"UpdatedOn\":\"" + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\",\"UpdatedBy\":\"admin@example.com\","
        + "\"Errors\":null,\"WasSuccessful\":true}";
  }

  private static Response json(int status, String body) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }
}
