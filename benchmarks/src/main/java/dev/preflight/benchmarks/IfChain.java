package dev.preflight.benchmarks;

import dev.preflight.emailaccount.EmailAccount;
import java.util.ArrayList;
import java.util.List;

/**
 * The floor: the rules as one plain method of ifs, collecting messages into a list, with simple
 * hand-written format checks (one {@code @}, letters-digits-hyphens hosts, fixed date-time shape).
 */
final class IfChain {
  private IfChain() {}

  static List<String> validate(EmailAccount a) {
    List<String> errors = new ArrayList<>();
    Long id = a.id();
    if (id == null || id == 0) {
      errors.add("Id: is a required field");
    } else if (id < 0) {
      errors.add("Id: must be greater than 0");
    }
    Long businessId = a.businessId();
    if (businessId == null || businessId == 0) {
      errors.add("BusinessId: is a required field");
    } else if (businessId < 0) {
      errors.add("BusinessId: must be greater than 0");
    }
    requiredText(errors, "DisplayName", a.displayName());
    email(errors, "EmailAddress", a.emailAddress(), true);
    host(errors, "IncomingServer", a.incomingServer());
    Integer type = a.incomingServerType();
    if (type == null || type == 0) {
      errors.add("IncomingServerType: is a required field");
    } else if (type != 1) {
      errors.add("IncomingServerType: must be one of: 1 (Imap)");
    }
    port(errors, "IncomingServerPort", a.incomingServerPort());
    requiredText(errors, "IncomingServerUsername", a.incomingServerUsername());
    Integer deletion = a.deleteMessageSettings();
    if (deletion == null || deletion == 0) {
      errors.add("DeleteMessageSettings: is a required field");
    } else if (deletion < 1 || deletion > 3) {
      errors.add("DeleteMessageSettings: must be one of: 1 (DontDelete), 2 (DeleteOnReceive), 3 (DeleteWhenDeleting)");
    }
    host(errors, "OutgoingServer", a.outgoingServer());
    port(errors, "OutgoingServerPort", a.outgoingServerPort());
    requiredText(errors, "OutgoingServerUsername", a.outgoingServerUsername());
    counter(errors, "LastMessageId", a.lastMessageId());
    counter(errors, "ErrorCount", a.errorCount());
    boolean notifying = Boolean.TRUE.equals(a.sendNotificationOnNewMessages());
    String notification = a.notificationEmailAddress();
    if (notifying && (notification == null || notification.isBlank())) {
      errors.add("NotificationEmailAddress: is required when SendNotificationOnNewMessages is enabled");
    } else {
      email(errors, "NotificationEmailAddress", notification, false);
    }
    Integer in = a.incomingServerPort();
    boolean inSsl = Boolean.TRUE.equals(a.incomingServerSSL());
    if (in != null && in == 993 && !inSsl) {
      errors.add("IncomingServerSSL: must be enabled when IncomingServerPort is 993");
    } else if (in != null && in == 143 && inSsl) {
      errors.add("IncomingServerSSL: must be disabled when IncomingServerPort is 143");
    }
    Integer out = a.outgoingServerPort();
    if (out != null && out == 465 && !Boolean.TRUE.equals(a.outgoingServerSSL())) {
      errors.add("OutgoingServerSSL: must be enabled when OutgoingServerPort is 465");
    }
    email(errors, "ReplyToEmail", a.replyToEmail(), false);
    String time = a.lastCheckTime();
    if (time != null && (hasControl(time) || time.length() < 16 || time.charAt(4) != '-' || time.charAt(10) != 'T')) {
      errors.add("LastCheckTime: is not a valid date and time");
    }
    if (a.googleAccessToken() != null && hasControl(a.googleAccessToken())) {
      errors.add("GoogleAccessToken: must not contain control characters");
    }
    if (a.office365AccessToken() != null && hasControl(a.office365AccessToken())) {
      errors.add("Office365AccessToken: must not contain control characters");
    }
    return errors;
  }

  private static void requiredText(List<String> errors, String name, String value) {
    if (value == null || value.isBlank()) {
      errors.add(name + ": is a required field");
    } else if (hasControl(value)) {
      errors.add(name + ": must not contain control characters");
    }
  }

  private static void email(List<String> errors, String name, String value, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        errors.add(name + ": is a required field");
      }
    } else if (hasControl(value)) {
      errors.add(name + ": must not contain control characters");
    } else if (value.length() > 254) {
      errors.add(name + ": must be at most 254 characters");
    } else {
      int at = value.indexOf('@');
      if (at <= 0 || at != value.lastIndexOf('@') || value.indexOf('.', at) < 0 || value.endsWith(".")) {
        errors.add(name + ": is not a valid email address");
      }
    }
  }

  private static void host(List<String> errors, String name, String value) {
    if (value == null || value.isBlank()) {
      errors.add(name + ": is a required field");
      return;
    }
    if (value.length() > 253) {
      errors.add(name + ": must be at most 253 characters");
      return;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.')) {
        errors.add(name + ": is not a valid host name");
        return;
      }
    }
  }

  private static void port(List<String> errors, String name, Integer port) {
    if (port == null) {
      errors.add(name + ": is a required field");
    } else if (port < 1 || port > 65535) {
      errors.add(name + ": must be between 1 and 65535");
    }
  }

  private static void counter(List<String> errors, String name, Integer value) {
    if (value == null) {
      errors.add(name + ": is a required field");
    } else if (value < 0) {
      errors.add(name + ": must be greater than or equal to 0");
    }
  }

  private static boolean hasControl(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return true;
      }
    }
    return false;
  }
}
