package dev.preflight.benchmarks;

import dev.preflight.catalogue.EntityRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * The floor for a Booking: its rules for an update as one plain method of ifs over the record's
 * values by position (Id, then ResourceId, FromTime and ToTime required; Repeats and
 * WhichBookingsToUpdate among their codes; seven date-times of a fixed shape), collecting messages
 * into a list, in the documented order. Positions are looked up once, as hand-written code would
 * know them.
 */
final class BookingIfChain {
  private static final String REQUIRED = ": is a required field";
  private static final String NOT_A_DATE_TIME = ": is not a valid date and time";
  static final String REPEATS = "Repeats: must be one of: 1 (Daily), 2 (Weekly), 3 (Monthly), 4 (Yearly), "
      + "5 (FirstOfMonth), 6 (SecondOfMonth), 7 (ThirdOfMonth), 8 (LastOfMonth), 9 (FourthOfMonth)";
  private static final String WHICH = "WhichBookingsToUpdate: must be one of: 1 (UpdateThisBookingOnly), "
      + "2 (UpdateFutureBookingsOnly), 3 (UpdateAllBookings), 4 (UpdateNotChargedBookings), 5 (DeleteAllBookings), "
      + "6 (DeleteBookingsAfterThis), 7 (DeleteNotChargedBookings), 8 (RevertAllCharges)";

  private static final int[] DIGITS = {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18};

  private final int resourceId;
  private final int fromTime;
  private final int toTime;
  private final int lastNotificationTime;
  private final int repeats;
  private final int whichBookingsToUpdate;
  private final int repeatUntil;
  private final int fromTimeLocal;
  private final int toTimeLocal;
  private final int invoiceDateLocal;

  BookingIfChain(dev.preflight.catalogue.Entity bookings) {
    resourceId = position(bookings, "ResourceId");
    fromTime = position(bookings, "FromTime");
    toTime = position(bookings, "ToTime");
    lastNotificationTime = position(bookings, "LastNotificationTime");
    repeats = position(bookings, "Repeats");
    whichBookingsToUpdate = position(bookings, "WhichBookingsToUpdate");
    repeatUntil = position(bookings, "RepeatUntil");
    fromTimeLocal = position(bookings, "FromTimeLocal");
    toTimeLocal = position(bookings, "ToTimeLocal");
    invoiceDateLocal = position(bookings, "InvoiceDateLocal");
  }

  private static int position(dev.preflight.catalogue.Entity entity, String name) {
    return entity.position(java.util.Objects.requireNonNull(entity.field(name), name));
  }

  List<String> validate(EntityRecord b) {
    List<String> errors = new ArrayList<>();
    Long id = b.id();
    if (id == null || id == 0) {
      errors.add("Id" + REQUIRED);
    }
    if (!(b.valueAt(resourceId) instanceof Long resource) || resource == 0) {
      errors.add("ResourceId" + REQUIRED);
    }
    requiredDateTime(errors, "FromTime", b.valueAt(fromTime));
    requiredDateTime(errors, "ToTime", b.valueAt(toTime));
    dateTime(errors, "LastNotificationTime", b.valueAt(lastNotificationTime));
    if (b.valueAt(repeats) instanceof Number code && (code.longValue() < 1 || code.longValue() > 9)) {
      errors.add(REPEATS);
    }
    if (b.valueAt(whichBookingsToUpdate) instanceof Number code && (code.longValue() < 1 || code.longValue() > 8)) {
      errors.add(WHICH);
    }
    dateTime(errors, "RepeatUntil", b.valueAt(repeatUntil));
    dateTime(errors, "FromTimeLocal", b.valueAt(fromTimeLocal));
    dateTime(errors, "ToTimeLocal", b.valueAt(toTimeLocal));
    dateTime(errors, "InvoiceDateLocal", b.valueAt(invoiceDateLocal));
    return errors;
  }

  private static void requiredDateTime(List<String> errors, String name, Object value) {
    if (!(value instanceof String text) || text.isBlank()) {
      errors.add(name + REQUIRED);
    } else if (!isDateTime(text)) {
      errors.add(name + NOT_A_DATE_TIME);
    }
  }

  private static void dateTime(List<String> errors, String name, Object value) {
    if (value instanceof String text && !text.isBlank() && !isDateTime(text)) {
      errors.add(name + NOT_A_DATE_TIME);
    }
  }

  /** {@code yyyy-MM-ddTHH:mm:ss} and anything after (a fraction, a zone): a fixed shape, no calendar. */
  private static boolean isDateTime(String s) {
    if (s.length() < 19 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
        || s.charAt(16) != ':') {
      return false;
    }
    for (int i : DIGITS) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
