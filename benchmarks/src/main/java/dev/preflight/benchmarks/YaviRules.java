package dev.preflight.benchmarks;

import am.ik.yavi.builder.ValidatorBuilder;
import am.ik.yavi.core.ConstraintViolations;
import am.ik.yavi.core.Validator;
import java.util.regex.Pattern;

/** The same rules in YAVI, over the peers' bean. */
final class YaviRules {
  private static final Pattern NO_CONTROL = Pattern.compile(PeerMailbox.NO_CONTROL);

  static final Validator<PeerMailbox> VALIDATOR = ValidatorBuilder.<PeerMailbox>of()
      ._long(m -> m.id, "Id", c -> c.notNull().greaterThan(0L))
      ._long(m -> m.businessId, "BusinessId", c -> c.notNull().greaterThan(0L))
      ._string(m -> m.displayName, "DisplayName", c -> c.notBlank().pattern(NO_CONTROL))
      ._string(m -> m.emailAddress, "EmailAddress", c -> c.notBlank().pattern(NO_CONTROL).lessThanOrEqual(254).email())
      ._string(m -> m.incomingServer, "IncomingServer", c -> c.notBlank().lessThanOrEqual(253).pattern(PeerMailbox.HOST))
      ._integer(m -> m.incomingServerType, "IncomingServerType", c -> c.notNull().greaterThanOrEqual(1).lessThanOrEqual(1))
      ._integer(m -> m.incomingServerPort, "IncomingServerPort", c -> c.notNull().greaterThanOrEqual(1).lessThanOrEqual(65535))
      ._string(m -> m.incomingServerUsername, "IncomingServerUsername", c -> c.notBlank().pattern(NO_CONTROL))
      ._integer(m -> m.deleteMessageSettings, "DeleteMessageSettings", c -> c.notNull().greaterThanOrEqual(1).lessThanOrEqual(3))
      ._string(m -> m.outgoingServer, "OutgoingServer", c -> c.notBlank().lessThanOrEqual(253).pattern(PeerMailbox.HOST))
      ._integer(m -> m.outgoingServerPort, "OutgoingServerPort", c -> c.notNull().greaterThanOrEqual(1).lessThanOrEqual(65535))
      ._string(m -> m.outgoingServerUsername, "OutgoingServerUsername", c -> c.notBlank().pattern(NO_CONTROL))
      ._integer(m -> m.lastMessageId, "LastMessageId", c -> c.notNull().greaterThanOrEqual(0))
      ._integer(m -> m.errorCount, "ErrorCount", c -> c.notNull().greaterThanOrEqual(0))
      ._string(m -> m.notificationEmailAddress, "NotificationEmailAddress", c -> c.pattern(NO_CONTROL).lessThanOrEqual(254).email())
      ._string(m -> m.replyToEmail, "ReplyToEmail", c -> c.pattern(NO_CONTROL).lessThanOrEqual(254).email())
      ._string(m -> m.lastCheckTime, "LastCheckTime", c -> c.pattern(PeerMailbox.DATE_TIME))
      ._string(m -> m.googleAccessToken, "GoogleAccessToken", c -> c.pattern(NO_CONTROL))
      ._string(m -> m.office365AccessToken, "Office365AccessToken", c -> c.pattern(NO_CONTROL))
      .constraintOnTarget(m -> m.incomingServerPort == null
              || !((m.incomingServerPort == 993 && !Boolean.TRUE.equals(m.incomingServerSSL))
                  || (m.incomingServerPort == 143 && Boolean.TRUE.equals(m.incomingServerSSL))),
          "IncomingServerSSL", "ssl.incoming", "must match IncomingServerPort")
      .constraintOnTarget(m -> m.outgoingServerPort == null || m.outgoingServerPort != 465 || Boolean.TRUE.equals(m.outgoingServerSSL),
          "OutgoingServerSSL", "ssl.outgoing", "must match OutgoingServerPort")
      .constraintOnTarget(m -> !Boolean.TRUE.equals(m.sendNotificationOnNewMessages)
              || (m.notificationEmailAddress != null && !m.notificationEmailAddress.isBlank()),
          "NotificationEmailAddress", "notification.address", "is required when SendNotificationOnNewMessages is enabled")
      .build();

  private YaviRules() {}

  static ConstraintViolations validate(PeerMailbox mailbox) {
    return VALIDATOR.validate(mailbox);
  }
}
