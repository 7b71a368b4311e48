package dev.preflight.it.app;

import dev.preflight.catalogue.Operation;
import dev.preflight.entities.Booking;
import dev.preflight.jakarta.validation.ValidEntity;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A resource taking typed Bookings, validated like Nexudus validates them, through Bean Validation. */
@Path("/bookings")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class BookingResource {

  /** Answers the Booking it was given, as the model's JSON. */
  @PUT
  public Booking update(@Valid @ValidEntity Booking booking) {
    return booking;
  }

  /** Answers the Booking it would create, with the Id the server would give it. */
  @POST
  public Booking create(@Valid @ValidEntity(operation = Operation.CREATE) Booking booking) {
    return booking.withId(5001L);
  }
}
