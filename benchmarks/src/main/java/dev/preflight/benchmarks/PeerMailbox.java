package dev.preflight.benchmarks;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.preflight.emailaccount.EmailAccount;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The peers' model: an EmailAccount as a mutable bean with Bean Validation annotations expressing
 * the same rules as Preflight (class-level constraints for the cross-field ones), mapped by JSON-B
 * and Jackson with the wire names.
 */
@PeerConstraints.SslCoherent
@PeerConstraints.NotificationAddress
public class PeerMailbox {
  static final String NO_CONTROL = "[^\\x00-\\x1F\\x7F]*";
  static final String HOST = "^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.?$";
  static final String DATE_TIME = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}(:?\\d{2})?)?$";

  @JsonbProperty("Id") @JsonProperty("Id") @NotNull @Positive public Long id;
  @JsonbProperty("BusinessId") @JsonProperty("BusinessId") @NotNull @Positive public Long businessId;
  @JsonbProperty("DisplayName") @JsonProperty("DisplayName") @NotBlank @Pattern(regexp = NO_CONTROL) public String displayName;
  @JsonbProperty("EmailAddress") @JsonProperty("EmailAddress") @NotBlank @Pattern(regexp = NO_CONTROL) @Size(max = 254) @Email
  public String emailAddress;
  @JsonbProperty("IncomingServer") @JsonProperty("IncomingServer") @NotBlank @Size(max = 253) @Pattern(regexp = HOST)
  public String incomingServer;
  @JsonbProperty("IncomingServerType") @JsonProperty("IncomingServerType") @NotNull @Min(1) @Max(1) public Integer incomingServerType;
  @JsonbProperty("IncomingServerPort") @JsonProperty("IncomingServerPort") @NotNull @Min(1) @Max(65535) public Integer incomingServerPort;
  @JsonbProperty("IncomingServerUsername") @JsonProperty("IncomingServerUsername") @NotBlank @Pattern(regexp = NO_CONTROL)
  public String incomingServerUsername;
  @JsonbProperty("DeleteMessageSettings") @JsonProperty("DeleteMessageSettings") @NotNull @Min(1) @Max(3)
  public Integer deleteMessageSettings;
  @JsonbProperty("OutgoingServer") @JsonProperty("OutgoingServer") @NotBlank @Size(max = 253) @Pattern(regexp = HOST)
  public String outgoingServer;
  @JsonbProperty("OutgoingServerPort") @JsonProperty("OutgoingServerPort") @NotNull @Min(1) @Max(65535) public Integer outgoingServerPort;
  @JsonbProperty("OutgoingServerUsername") @JsonProperty("OutgoingServerUsername") @NotBlank @Pattern(regexp = NO_CONTROL)
  public String outgoingServerUsername;
  @JsonbProperty("LastMessageId") @JsonProperty("LastMessageId") @NotNull @PositiveOrZero public Integer lastMessageId;
  @JsonbProperty("ErrorCount") @JsonProperty("ErrorCount") @NotNull @PositiveOrZero public Integer errorCount;
  @JsonbProperty("Active") @JsonProperty("Active") public Boolean active;
  @JsonbProperty("SendNotificationOnNewMessages") @JsonProperty("SendNotificationOnNewMessages") public Boolean sendNotificationOnNewMessages;
  @JsonbProperty("NotificationEmailAddress") @JsonProperty("NotificationEmailAddress") @Pattern(regexp = NO_CONTROL) @Size(max = 254) @Email
  public String notificationEmailAddress;
  @JsonbProperty("IncomingServerSSL") @JsonProperty("IncomingServerSSL") public Boolean incomingServerSSL;
  @JsonbProperty("OutgoingServerSSL") @JsonProperty("OutgoingServerSSL") public Boolean outgoingServerSSL;
  @JsonbProperty("ReplyToEmail") @JsonProperty("ReplyToEmail") @Pattern(regexp = NO_CONTROL) @Size(max = 254) @Email public String replyToEmail;
  @JsonbProperty("LastCheckTime") @JsonProperty("LastCheckTime") @Pattern(regexp = DATE_TIME) public String lastCheckTime;
  @JsonbProperty("GoogleAccessToken") @JsonProperty("GoogleAccessToken") @Pattern(regexp = NO_CONTROL) public String googleAccessToken;
  @JsonbProperty("Office365AccessToken") @JsonProperty("Office365AccessToken") @Pattern(regexp = NO_CONTROL) public String office365AccessToken;

  static PeerMailbox of(EmailAccount a) {
    PeerMailbox m = new PeerMailbox();
    m.id = a.id();
    m.businessId = a.businessId();
    m.displayName = a.displayName();
    m.emailAddress = a.emailAddress();
    m.incomingServer = a.incomingServer();
    m.incomingServerType = a.incomingServerType();
    m.incomingServerPort = a.incomingServerPort();
    m.incomingServerUsername = a.incomingServerUsername();
    m.deleteMessageSettings = a.deleteMessageSettings();
    m.outgoingServer = a.outgoingServer();
    m.outgoingServerPort = a.outgoingServerPort();
    m.outgoingServerUsername = a.outgoingServerUsername();
    m.lastMessageId = a.lastMessageId();
    m.errorCount = a.errorCount();
    m.active = a.active();
    m.sendNotificationOnNewMessages = a.sendNotificationOnNewMessages();
    m.notificationEmailAddress = a.notificationEmailAddress();
    m.incomingServerSSL = a.incomingServerSSL();
    m.outgoingServerSSL = a.outgoingServerSSL();
    m.replyToEmail = a.replyToEmail();
    m.lastCheckTime = a.lastCheckTime();
    m.googleAccessToken = a.googleAccessToken();
    m.office365AccessToken = a.office365AccessToken();
    return m;
  }
}
