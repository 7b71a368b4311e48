package com.example.bookings;

import dev.preflight.jakarta.client.EntityRecords;
import dev.preflight.jakarta.client.NexudusEntities;
import dev.preflight.validation.EnvelopeJson;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Nexudus Bookings through Preflight: every write is validated before it is sent, and every failure
 * is a NexudusException, answered by {@link NexudusErrors} (400 with the Nexudus envelope, 404, 503…).
 */
@Path("/bookings")
@Produces(MediaType.APPLICATION_JSON)
public class BookingResource {
  @Inject NexudusEntities nexudus;

  private EntityRecords bookings() {
    return nexudus.records("bookings");
  }

  /** {@code POST /bookings} with a Booking as JSON: creates it, answering Nexudus's envelope with the new Id. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public String create(JsonObject booking) {
    return EnvelopeJson.toJson(bookings().create(booking));
  }

  /** {@code GET /bookings/{id}}: the booking with every member Nexudus holds. */
  @GET
  @Path("/{id}")
  public String get(@PathParam("id") long id) {
    return bookings().get(id).toJson();
  }

  /** {@code PUT /bookings/{id}/notes} with the notes as plain text: changes them and nothing else. */
  @PUT
  @Path("/{id}/notes")
  @Consumes(MediaType.TEXT_PLAIN)
  public String notes(@PathParam("id") long id, String notes) {
    return EnvelopeJson.toJson(bookings().update(id, booking -> booking.with("Notes", Json.createValue(notes.strip()))));
  }
}
