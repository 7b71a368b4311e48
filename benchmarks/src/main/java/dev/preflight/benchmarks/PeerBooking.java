package dev.preflight.benchmarks;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The peers' Booking: a mutable bean mapped by Jackson with the wire names, with Bean Validation
 * annotations for the rules {@link BookingIfChain} checks (Id, ResourceId, FromTime and ToTime
 * required; Repeats and WhichBookingsToUpdate among their codes; seven date-times of a fixed shape).
 */
public class PeerBooking {
  static final String DATE_TIME = PeerMailbox.DATE_TIME;

  @JsonProperty("Id") @NotNull @Positive public Long id;
  @JsonProperty("ResourceId") @NotNull @Positive public Long resourceId;
  @JsonProperty("FloorPlanDeskId") public Long floorPlanDeskId;
  @JsonProperty("CoworkerId") public Long coworkerId;
  @JsonProperty("ExtraServiceId") public Long extraServiceId;
  @JsonProperty("FromTime") @NotBlank @Pattern(regexp = DATE_TIME) public String fromTime;
  @JsonProperty("ToTime") @NotBlank @Pattern(regexp = DATE_TIME) public String toTime;
  @JsonProperty("Notes") public String notes;
  @JsonProperty("InternalNotes") public String internalNotes;
  @JsonProperty("ChargeNow") public Boolean chargeNow;
  @JsonProperty("InvoiceNow") public Boolean invoiceNow;
  @JsonProperty("InvoiceThisCoworker") public Boolean invoiceThisCoworker;
  @JsonProperty("DoNotUseBookingCredit") public Boolean doNotUseBookingCredit;
  @JsonProperty("PurchaseOrder") public String purchaseOrder;
  @JsonProperty("DiscountCode") public String discountCode;
  @JsonProperty("LastNotificationTime") @Pattern(regexp = DATE_TIME) public String lastNotificationTime;
  @JsonProperty("GoogleCalendarId") public String googleCalendarId;
  @JsonProperty("GoogleEventId") public String googleEventId;
  @JsonProperty("Office365EventId") public String office365EventId;
  @JsonProperty("PublicGoogleEventId") public String publicGoogleEventId;
  @JsonProperty("Tentative") public Boolean tentative;
  @JsonProperty("TeamsAtBooking") public String teamsAtBooking;
  @JsonProperty("TariffAtBooking") public String tariffAtBooking;
  @JsonProperty("RepeatSeriesUniqueId") public String repeatSeriesUniqueId;
  @JsonProperty("RepeatBooking") public Boolean repeatBooking;
  @JsonProperty("Repeats") @Min(1) @Max(9) public Integer repeats;
  @JsonProperty("WhichBookingsToUpdate") @Min(1) @Max(8) public Integer whichBookingsToUpdate;
  @JsonProperty("RepeatEvery") public Integer repeatEvery;
  @JsonProperty("RepeatUntil") @Pattern(regexp = DATE_TIME) public String repeatUntil;
  @JsonProperty("RepeatOnMondays") public Boolean repeatOnMondays;
  @JsonProperty("RepeatOnTuesdays") public Boolean repeatOnTuesdays;
  @JsonProperty("RepeatOnWednesdays") public Boolean repeatOnWednesdays;
  @JsonProperty("RepeatOnThursdays") public Boolean repeatOnThursdays;
  @JsonProperty("RepeatOnFridays") public Boolean repeatOnFridays;
  @JsonProperty("RepeatOnSaturdays") public Boolean repeatOnSaturdays;
  @JsonProperty("RepeatOnSundays") public Boolean repeatOnSundays;
  @JsonProperty("Reminded") public Boolean reminded;
  @JsonProperty("MrmReminded") public Boolean mrmReminded;
  @JsonProperty("OverridePrice") public BigDecimal overridePrice;
  @JsonProperty("KisiKeyId") public Long kisiKeyId;
  @JsonProperty("StartScheduledJobId") public String startScheduledJobId;
  @JsonProperty("EndScheduledJobId") public String endScheduledJobId;
  @JsonProperty("Billed") public Boolean billed;
  @JsonProperty("FromTimeLocal") @Pattern(regexp = DATE_TIME) public String fromTimeLocal;
  @JsonProperty("ToTimeLocal") @Pattern(regexp = DATE_TIME) public String toTimeLocal;
  @JsonProperty("InvoiceDateLocal") @Pattern(regexp = DATE_TIME) public String invoiceDateLocal;
  @JsonProperty("CoworkerExtraServicePrice") public BigDecimal coworkerExtraServicePrice;
  @JsonProperty("IncludeZoomInvite") public Boolean includeZoomInvite;
  @JsonProperty("ZoomEventData") public String zoomEventData;
  @JsonProperty("Office365AdminEventId") public String office365AdminEventId;
  @JsonProperty("BookingProducts") public List<Map<String, Object>> bookingProducts;
  @JsonProperty("BookingVisitors") public List<Map<String, Object>> bookingVisitors;
}
